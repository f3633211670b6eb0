// Positive and negative: the repository calls DynamoDB through an
// interface shaped like the SDK client (input, then ...func(*Options)),
// and main gives it the client: its DescribeTable input, built from the
// table main gave, is the same on every invocation. The audit log hands
// its input to a recorder of its own (not shaped like the SDK, and one
// that keeps what it is given): silent.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/sdkiface/audit"
	"example.com/cases/dispatch/internal/sdkiface/repo"
)

// Order names the item to delete.
type Order struct{ ID string }

func main() {
	r := repo.New(dynamodb.New(dynamodb.Options{Region: "eu-west-1"}), os.Getenv("TABLE"))
	l := audit.New(&audit.Batch{}, os.Getenv("AUDIT_TABLE"))
	lambda.Start(func(ctx context.Context, o Order) error {
		if err := r.Delete(ctx, o.ID); err != nil {
			return err
		}
		return l.Deleted(ctx)
	})
}
