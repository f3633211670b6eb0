// Package ssm is a stub of github.com/aws/aws-sdk-go-v2/service/ssm with the real signatures.
package ssm

import "github.com/aws/aws-sdk-go-v2/aws"

const ServiceID = "SSM"

type Options struct{ Region string }

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client { return &Client{options: options} }

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }
