// Package s3 is a stub of github.com/aws/aws-sdk-go/service/s3 with the real signatures.
package s3

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

const (
	ServiceName = "s3"
	ServiceID   = "S3"
)

type S3 struct{}

func New(p client.ConfigProvider, cfgs ...*aws.Config) *S3 { return &S3{} }
