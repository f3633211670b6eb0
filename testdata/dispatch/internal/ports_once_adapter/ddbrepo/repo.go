package ddbrepo

import (
	"context"
	"strconv"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type Repo struct {
	table  string
	once   sync.Once
	client *dynamodb.Client
	err    error
}

func New(table string) *Repo { return &Repo{table: table} }

func (r *Repo) db(ctx context.Context) (*dynamodb.Client, error) {
	r.once.Do(func() {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			r.err = err
			return
		}
		r.client = dynamodb.NewFromConfig(cfg)
	})
	return r.client, r.err
}

func (r *Repo) Reserve(ctx context.Context, sku string, qty int) error {
	db, err := r.db(ctx)
	if err != nil {
		return err
	}
	_, err = db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:        aws.String(r.table),
		Key:              map[string]types.AttributeValue{"sku": &types.AttributeValueMemberS{Value: sku}},
		UpdateExpression: aws.String("SET reserved = reserved + :q"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":q": &types.AttributeValueMemberN{Value: strconv.Itoa(qty)},
		},
	})
	return err
}
