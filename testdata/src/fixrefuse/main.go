// Package fixrefuse has findings that must not move automatically; each
// diagnostic says why.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type svc struct{ cfg aws.Config }

func (s *svc) handle(ctx context.Context) error {
	_ = s3.NewFromConfig(s.cfg) // want `s3.NewFromConfig builds .* \(no automatic fix: it reads the handler's receiver s\)`
	return nil
}

func checkedLater(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: the error of err's statement is checked later in checkedLater at line \d+\)`
	client := dynamodb.NewFromConfig(cfg)     // want `dynamodb.NewFromConfig builds .* \(no automatic fix: the error of err's statement is checked later in checkedLater at line \d+\)`
	if err != nil {
		return err
	}
	_ = client
	return nil
}

func nested(ctx context.Context, retry bool) error {
	if retry {
		q := sqs.New(sqs.Options{}) // want `sqs.New builds .* invocation of nested; create it once outside the handler$`
		_ = q
	}
	var cfg aws.Config
	cfg = aws.Config{Region: "eu-west-1"}
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds .* \(no automatic fix: cfg is assigned more than once\)`
	return nil
}

func factory(region string) func(context.Context) error {
	return func(ctx context.Context) error {
		_ = sqs.New(sqs.Options{Region: region}) // want `sqs.New builds .* \(no automatic fix: it reads region of the enclosing function\)`
		return nil
	}
}

func main() {
	s := &svc{}
	lambda.Start(s.handle)
	lambda.Start(checkedLater)
	lambda.Start(nested)
	lambda.Start(factory("eu-west-1"))
}
