package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type ScanInput struct {
	TableName                 *string
	IndexName                 *string
	Limit                     *int32
	Select                    types.Select
	FilterExpression          *string
	ExpressionAttributeValues map[string]types.AttributeValue
	ExclusiveStartKey         map[string]types.AttributeValue
}

type ScanOutput struct {
	Items            []map[string]types.AttributeValue
	Count            int32
	LastEvaluatedKey map[string]types.AttributeValue
}

func (c *Client) Scan(ctx context.Context, params *ScanInput, optFns ...func(*Options)) (*ScanOutput, error) {
	return &ScanOutput{}, nil
}

type GetItemInput struct {
	TableName *string
	Key       map[string]types.AttributeValue
}

type GetItemOutput struct {
	Item map[string]types.AttributeValue
}

func (c *Client) GetItem(ctx context.Context, params *GetItemInput, optFns ...func(*Options)) (*GetItemOutput, error) {
	return &GetItemOutput{}, nil
}

type PutItemInput struct {
	TableName *string
	Item      map[string]types.AttributeValue
}

type PutItemOutput struct{}

func (c *Client) PutItem(ctx context.Context, params *PutItemInput, optFns ...func(*Options)) (*PutItemOutput, error) {
	return &PutItemOutput{}, nil
}

type TransactWriteItemsInput struct {
	TransactItems      []types.TransactWriteItem
	ClientRequestToken *string
}

type TransactWriteItemsOutput struct{}

func (c *Client) TransactWriteItems(ctx context.Context, params *TransactWriteItemsInput, optFns ...func(*Options)) (*TransactWriteItemsOutput, error) {
	return &TransactWriteItemsOutput{}, nil
}

type ScanAPIClient interface {
	Scan(context.Context, *ScanInput, ...func(*Options)) (*ScanOutput, error)
}

type ScanPaginatorOptions struct{ Limit int32 }

type ScanPaginator struct{}

func NewScanPaginator(client ScanAPIClient, params *ScanInput, optFns ...func(*ScanPaginatorOptions)) *ScanPaginator {
	return &ScanPaginator{}
}

func (p *ScanPaginator) HasMorePages() bool { return false }

func (p *ScanPaginator) NextPage(ctx context.Context, optFns ...func(*Options)) (*ScanOutput, error) {
	return &ScanOutput{}, nil
}
