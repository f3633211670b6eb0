// Negative: the service's getter builds its client once and keeps it on
// a service that lives in a package variable; a builder whose methods
// change a shared value is not moved either, and the handler struct's
// client is built in main.
package main

import (
	"context"
	"log"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type service struct {
	mu  sync.Mutex
	cfg aws.Config
	db  *dynamodb.Client
}

func (s *service) client() *dynamodb.Client {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		s.db = dynamodb.NewFromConfig(s.cfg)
	}
	return s.db
}

func (s *service) withConfig(c aws.Config) *service { s.cfg = c; return s }

var svc = &service{}

type app struct{ db *dynamodb.Client }

func (a *app) handle(ctx context.Context, id string) error {
	_, err := svc.withConfig(svc.cfg).client().DeleteTable(ctx, &dynamodb.DeleteTableInput{TableName: aws.String(id)})
	if err != nil {
		return err
	}
	_, err = a.db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(id)})
	return err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	svc.cfg = cfg
	a := &app{db: dynamodb.NewFromConfig(cfg)}
	lambda.Start(a.handle)
}
