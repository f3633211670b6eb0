// Package dynamodb is a stub of github.com/aws/aws-sdk-go/service/dynamodb with the real signatures.
package dynamodb

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

const (
	ServiceName = "dynamodb"
	ServiceID   = "DynamoDB"
)

type DynamoDB struct{}

func New(p client.ConfigProvider, cfgs ...*aws.Config) *DynamoDB { return &DynamoDB{} }
