// Package types is a stub of github.com/aws/aws-sdk-go-v2/service/dynamodb/types.
package types

type Select string

const (
	SelectAllAttributes Select = "ALL_ATTRIBUTES"
	SelectCount         Select = "COUNT"
)

type AttributeValue interface{ isAttributeValue() }

type AttributeValueMemberS struct{ Value string }

func (*AttributeValueMemberS) isAttributeValue() {}

type AttributeValueMemberN struct{ Value string }

func (*AttributeValueMemberN) isAttributeValue() {}

type Put struct {
	TableName *string
	Item      map[string]AttributeValue
}

type TransactWriteItem struct{ Put *Put }
