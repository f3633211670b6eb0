// The same factories, made safe: the table's wrapped in the package's
// Memo (a sync.OnceValue), the option's and the setter's returning
// clients main built once. Nothing is reported.
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
	objects := s3.New(s3.Options{Region: region})
	svc := &service{
		orders: litrepo.NewTable[order]("orders", litrepo.Memo(func() *dynamodb.Client {
			return dynamodb.New(dynamodb.Options{Region: region})
		})),
		archive: litrepo.NewStore("archive", litrepo.WithS3(func() *s3.Client { return objects })),
		reports: litrepo.NewStore("reports"),
	}
	svc.reports.UseS3(func() *s3.Client { return objects })
	lambda.Start(svc.handle)
}
