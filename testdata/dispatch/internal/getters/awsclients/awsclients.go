// Package awsclients hands out the clients main builds, by getters.
package awsclients

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Set holds one configuration and the clients built from it.
type Set struct {
	cfg aws.Config
	ddb *dynamodb.Client
}

// New builds the long-lived clients.
func New(cfg aws.Config) *Set { return &Set{cfg: cfg, ddb: dynamodb.NewFromConfig(cfg)} }

// Table returns the shared DynamoDB client.
func (s *Set) Table() *dynamodb.Client { return s.ddb }

// Config returns the configuration the set was built from.
func (s *Set) Config() aws.Config { return s.cfg }

// Queue builds a fresh SQS client from the configuration.
func (s *Set) Queue() *sqs.Client {
	return sqs.NewFromConfig(s.cfg) // EXPECT: a promoted method of the embedded set builds the client on every order
}
