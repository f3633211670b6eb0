// Factories written as literals in main and handed to another package,
// which keeps them in fields and calls them from the methods the handler
// calls: through a generic constructor, an option, and a setter. Each
// literal runs on every invocation, so what it builds is Init work.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/litrepo"
)

type order struct{ ID string }

type service struct {
	orders  *litrepo.Table[order]
	archive *litrepo.Store
	reports *litrepo.Store
}

func (s *service) handle(ctx context.Context, o order) (bool, error) {
	if !s.archive.Exists(ctx, o.ID) || !s.reports.Exists(ctx, o.ID) {
		return false, nil
	}
	return s.orders.Has(ctx, o.ID)
}

func main() {
	region := os.Getenv("AWS_REGION")
	svc := &service{
		orders: litrepo.NewTable[order]("orders", func() *dynamodb.Client {
			return dynamodb.New(dynamodb.Options{Region: region}) // EXPECT: the generic table calls this factory on every Has
		}),
		archive: litrepo.NewStore("archive", litrepo.WithS3(func() *s3.Client {
			return s3.New(s3.Options{Region: region}) // EXPECT: kept by an option, called on every Exists
		})),
		reports: litrepo.NewStore("reports"),
	}
	svc.reports.UseS3(func() *s3.Client {
		return s3.New(s3.Options{Region: "eu-west-1"}) // EXPECT: kept by a setter, called on every Exists
	})
	lambda.Start(svc.handle)
}
