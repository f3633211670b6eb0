package awsclient

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func TestInRegion(t *testing.T) {
	newDynamoDB = func(cfg aws.Config) *dynamodb.Client {
		return dynamodb.New(dynamodb.Options{Region: cfg.Region})
	}
	if c := InRegion(aws.Config{}, "eu-west-1"); c.Options().Region != "eu-west-1" {
		t.Fatalf("region %q", c.Options().Region)
	}
}
