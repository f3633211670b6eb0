// Parallel fan-out with errgroup; each goroutine builds its own client.
package main

import (
	"context"
	"log"
	"strings"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"golang.org/x/sync/errgroup"
)

type Report struct {
	ID   string `json:"id"`
	Body string `json:"body"`
}

var baseCfg aws.Config

func handler(ctx context.Context, r Report) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		s3c := s3.NewFromConfig(baseCfg) // EXPECT: s3 client inside errgroup goroutine
		_, err := s3c.PutObject(gctx, &s3.PutObjectInput{
			Bucket: aws.String("reports"),
			Key:    aws.String(r.ID + ".txt"),
			Body:   strings.NewReader(r.Body),
		})
		return err
	})
	g.Go(func() error {
		db := dynamodb.NewFromConfig(baseCfg) // EXPECT: dynamodb client inside errgroup goroutine
		_, err := db.PutItem(gctx, &dynamodb.PutItemInput{
			TableName: aws.String("report-index"),
			Item:      map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: r.ID}},
		})
		return err
	})
	return g.Wait()
}

func main() {
	var err error
	if baseCfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
