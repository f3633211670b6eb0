// errgroup fan-out where each goroutine uses a package-level sync.OnceValue getter.
package main

import (
	"context"
	"log"
	"strings"
	"sync"

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

var (
	awsCfg = sync.OnceValue(func() aws.Config {
		cfg, err := config.LoadDefaultConfig(context.Background())
		if err != nil {
			log.Fatal(err)
		}
		return cfg
	})
	s3Client  = sync.OnceValue(func() *s3.Client { return s3.NewFromConfig(awsCfg()) })
	ddbClient = sync.OnceValue(func() *dynamodb.Client { return dynamodb.NewFromConfig(awsCfg()) })
)

func handler(ctx context.Context, r Report) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		_, err := s3Client().PutObject(gctx, &s3.PutObjectInput{
			Bucket: aws.String("reports"),
			Key:    aws.String(r.ID + ".txt"),
			Body:   strings.NewReader(r.Body),
		})
		return err
	})
	g.Go(func() error {
		_, err := ddbClient().PutItem(gctx, &dynamodb.PutItemInput{
			TableName: aws.String("report-index"),
			Item:      map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: r.ID}},
		})
		return err
	})
	return g.Wait()
}

func main() {
	lambda.Start(handler)
}
