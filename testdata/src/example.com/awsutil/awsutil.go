// Package awsutil stands for a team's helper package that builds clients.
package awsutil

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func NewDynamo(ctx context.Context) *dynamodb.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	return dynamodb.NewFromConfig(cfg)
}

func Config(ctx context.Context) (aws.Config, error) { return config.LoadDefaultConfig(ctx) }

func TableName() string { return "items" }
