// Fan-out writes to replica regions listed in the environment; clients are
// cached per region in a package map under a sync.Mutex.
package main

import (
	"context"
	"os"
	"strings"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type Audit struct {
	ID     string `json:"id"`
	Action string `json:"action"`
}

var (
	mu       sync.Mutex
	byRegion = map[string]*dynamodb.Client{}
)

func ddbFor(ctx context.Context, region string) (*dynamodb.Client, error) {
	mu.Lock()
	defer mu.Unlock()
	if c, ok := byRegion[region]; ok {
		return c, nil
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	if err != nil {
		return nil, err
	}
	c := dynamodb.NewFromConfig(cfg)
	byRegion[region] = c
	return c, nil
}

func handler(ctx context.Context, a Audit) error {
	for _, region := range strings.Split(os.Getenv("REPLICA_REGIONS"), ",") {
		db, err := ddbFor(ctx, region)
		if err != nil {
			return err
		}
		if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String("audit"),
			Item: map[string]types.AttributeValue{
				"id":     &types.AttributeValueMemberS{Value: a.ID},
				"action": &types.AttributeValueMemberS{Value: a.Action},
			},
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
