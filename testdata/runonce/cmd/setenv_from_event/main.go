// The handler copies values from the event into the environment right before
// the SDK and Redis read them.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/redis/go-redis/v9"
)

type Migration struct {
	Region        string `json:"region"`
	CacheEndpoint string `json:"cache_endpoint"`
	Table         string `json:"table"`
}

func handler(ctx context.Context, m Migration) error {
	os.Setenv("AWS_REGION", m.Region)
	os.Setenv("CACHE_ENDPOINT", m.CacheEndpoint)

	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg)
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("CACHE_ENDPOINT")})
	defer rdb.Close()

	if _, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(m.Table)}); err != nil {
		return err
	}
	return rdb.Set(ctx, "migrated:"+m.Table, m.Region, 0).Err()
}

func main() {
	lambda.Start(handler)
}
