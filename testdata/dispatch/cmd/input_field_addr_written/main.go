// The negative of input_field_addr: Save hands the address of the
// repository's table name to a helper that writes the name the item
// carries, so the scan that follows reads what the event set.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/cases/dispatch/internal/addrrepow"
)

func main() {
	repo := addrrepow.New(os.Getenv("TABLE"), dynamodb.New(dynamodb.Options{Region: "eu-west-1"}))
	lambda.Start(func(ctx context.Context, req events.APIGatewayProxyRequest) (int32, error) {
		if req.HTTPMethod == "POST" {
			item := map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: req.Body}}
			if err := repo.Save(ctx, item); err != nil {
				return 0, err
			}
		}
		return repo.All(ctx)
	})
}
