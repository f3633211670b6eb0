// Package nilguard initialises lazily behind a nil check of a value that
// outlives the invocation, or behind a flag that does (if !ready {…;
// ready = true}, and if done { return }; …; done = true, the shape of the
// lazy landing with error checks).
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var client *dynamodb.Client

type svc struct{ s3 *s3.Client }

func (s *svc) bucket() *s3.Client {
	if s.s3 != nil {
		return s.s3
	}
	s.s3 = s3.New(s3.Options{})
	return s.s3
}

func (s *svc) handle(ctx context.Context) error {
	if client == nil {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return err
		}
		client = dynamodb.NewFromConfig(cfg)
	}
	_ = s.bucket()
	// A local does not outlive the invocation: its nil check guards nothing.
	var local *s3.Client
	if local == nil {
		local = s3.New(s3.Options{}) // want `s3.New builds`
	}
	if !ready {
		queue = s3.New(s3.Options{Region: "eu-west-1"})
		ready = true
	}
	if err := setup(); err != nil {
		return err
	}
	// A local flag guards nothing either.
	fresh := false
	if !fresh {
		_ = s3.New(s3.Options{Region: "us-west-2"}) // want `s3.New builds`
		fresh = true
	}
	// A flag the guarded code never sets guards nothing.
	if !never {
		_ = s3.New(s3.Options{Region: "ap-south-1"}) // want `s3.New builds`
	}
	_ = fresh
	return nil
}

var (
	queue *s3.Client
	ready bool
	never bool

	setupDone bool
	archive   *s3.Client
)

func setup() error {
	if setupDone {
		return nil
	}
	archive = s3.New(s3.Options{Region: "eu-north-1"})
	setupDone = true
	return nil
}

func main() {
	s := &svc{}
	lambda.Start(s.handle)
}
