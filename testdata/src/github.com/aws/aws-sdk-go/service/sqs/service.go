// Package sqs is a stub of github.com/aws/aws-sdk-go/service/sqs with the real signatures.
package sqs

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

const (
	ServiceName = "sqs"
	ServiceID   = "SQS"
)

type SQS struct{}

func New(p client.ConfigProvider, cfgs ...*aws.Config) *SQS { return &SQS{} }
