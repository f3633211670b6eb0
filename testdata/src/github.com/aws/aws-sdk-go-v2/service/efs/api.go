// Package efs is a stub of github.com/aws/aws-sdk-go-v2/service/efs with the
// real signatures: a service the generated table of SDK writes does not scan.
package efs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type Options struct{ Region string }

type Client struct{ options Options }

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

type CreateAccessPointInput struct {
	ClientToken  *string
	FileSystemId *string
}

type CreateAccessPointOutput struct{}

func (c *Client) CreateAccessPoint(ctx context.Context, params *CreateAccessPointInput, optFns ...func(*Options)) (*CreateAccessPointOutput, error) {
	return &CreateAccessPointOutput{}, nil
}

type DescribeFileSystemsInput struct {
	FileSystemId *string
}

type DescribeFileSystemsOutput struct{}

func (c *Client) DescribeFileSystems(ctx context.Context, params *DescribeFileSystemsInput, optFns ...func(*Options)) (*DescribeFileSystemsOutput, error) {
	return &DescribeFileSystemsOutput{}, nil
}
