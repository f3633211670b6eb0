package ledger

import (
	"context"
	"os"
	"strconv"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var (
	once    sync.Once
	client  *dynamodb.Client
	initErr error
)

func db(ctx context.Context) (*dynamodb.Client, error) {
	once.Do(func() {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			initErr = err
			return
		}
		client = dynamodb.NewFromConfig(cfg)
	})
	return client, initErr
}

func Record(ctx context.Context, account string, cents int64) error {
	c, err := db(ctx)
	if err != nil {
		return err
	}
	_, err = c.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(os.Getenv("LEDGER_TABLE")),
		Item: map[string]types.AttributeValue{
			"account": &types.AttributeValueMemberS{Value: account},
			"cents":   &types.AttributeValueMemberN{Value: strconv.FormatInt(cents, 10)},
		},
	})
	return err
}
