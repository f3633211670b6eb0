// Positive and negative: operation inputs built by functions that return
// them. An input a function returns is the caller's work where the caller
// hands it to an operation and nothing else: a method of a store main
// builds (reported, its table is the store's), a promoted method of an
// embedded value, a function of this package, and a chain of two
// functions reading the environment. Silent: the input a caller changes
// before the call (a page token), the one it keeps, one built from the
// event, and the one the store pages with itself.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/returnedinputs/catalog"
	"example.com/cases/dispatch/internal/returnedinputs/inbox"
)

type worker struct {
	*inbox.Base
	store *catalog.Store
	last  *s3.ListObjectsV2Input
}

type event struct {
	ID    string `json:"id"`
	After string `json:"after"`
}

func listTables() *dynamodb.ListTablesInput {
	return &dynamodb.ListTablesInput{Limit: aws.Int32(10)} // EXPECT: a function of this package returns it to the handler's call
}

func (w *worker) handle(ctx context.Context, e event) (int, error) {
	if _, err := w.store.DB.Scan(ctx, w.store.ScanInput()); err != nil {
		return 0, err
	}
	if _, err := w.store.DB.DescribeTable(ctx, catalog.DescribeInput()); err != nil {
		return 0, err
	}
	if _, err := w.store.DB.ListTables(ctx, listTables()); err != nil {
		return 0, err
	}
	out, err := w.S3.ListObjectsV2(ctx, w.ListInput())
	if err != nil {
		return 0, err
	}
	// Silent: changed before the call, kept, built from the event.
	in := w.ListInput()
	in.StartAfter = aws.String(e.After)
	if _, err := w.S3.ListObjectsV2(ctx, in); err != nil {
		return 0, err
	}
	w.last = w.ListInput()
	if _, err := w.S3.ListObjectsV2(ctx, w.PageInput(e.After)); err != nil {
		return 0, err
	}
	if _, err := w.store.DB.GetItem(ctx, w.store.GetInput(e.ID)); err != nil {
		return 0, err
	}
	n, err := w.store.Count(ctx)
	return n + int(aws.ToInt32(out.KeyCount)), err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	w := &worker{
		Base:  &inbox.Base{S3: s3.NewFromConfig(cfg), Bucket: os.Getenv("INBOX_BUCKET")},
		store: catalog.New(dynamodb.NewFromConfig(cfg), os.Getenv("PRODUCTS_TABLE")),
	}
	lambda.Start(w.handle)
}
