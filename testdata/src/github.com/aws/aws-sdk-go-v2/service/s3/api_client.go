// Package s3 is a stub of github.com/aws/aws-sdk-go-v2/service/s3 with the real signatures.
package s3

import "github.com/aws/aws-sdk-go-v2/aws"

const ServiceID = "S3"

type Options struct {
	Region string
}

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client { return &Client{options: options} }

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }
