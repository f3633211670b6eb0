// Package sqs is a stub of github.com/aws/aws-sdk-go-v2/service/sqs with the real signatures.
package sqs

import "github.com/aws/aws-sdk-go-v2/aws"

const ServiceID = "SQS"

type Options struct {
	Region string
}

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client { return &Client{options: options} }

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

// Options returns a copy of the client's options.
func (c *Client) Options() Options { return c.options }
