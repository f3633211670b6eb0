package ddbsink

import (
	"context"
	"strconv"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/cases/dispatch/internal/oncevalue_inside_handler/metrics"
)

type Sink struct {
	Cfg   aws.Config
	Table string
}

func (s Sink) WriteAll(ctx context.Context, pts []metrics.Point) error {
	// The OnceValue is created on every WriteAll call, so it only dedupes
	// within one invocation.
	client := sync.OnceValue(func() *dynamodb.Client {
		return dynamodb.NewFromConfig(s.Cfg) // EXPECT: dynamodb.NewFromConfig per invocation (sync.OnceValue created inside the call, via metrics.Sink interface)
	})
	for _, p := range pts {
		_, err := client().PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String(s.Table),
			Item: map[string]types.AttributeValue{
				"name":  &types.AttributeValueMemberS{Value: p.Name},
				"value": &types.AttributeValueMemberN{Value: strconv.FormatFloat(p.Value, 'f', -1, 64)},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}
