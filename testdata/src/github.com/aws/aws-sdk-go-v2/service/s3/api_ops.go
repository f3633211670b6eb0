package s3

import (
	"context"
	"io"
)

type GetObjectInput struct {
	Bucket *string
	Key    *string
}

type GetObjectOutput struct{ Body io.ReadCloser }

func (c *Client) GetObject(ctx context.Context, params *GetObjectInput, optFns ...func(*Options)) (*GetObjectOutput, error) {
	return &GetObjectOutput{}, nil
}

type PutObjectInput struct {
	Bucket *string
	Key    *string
	Body   io.Reader
}

type PutObjectOutput struct{}

func (c *Client) PutObject(ctx context.Context, params *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

type ListObjectsV2Input struct {
	Bucket            *string
	Prefix            *string
	ContinuationToken *string
}

type ListObjectsV2Output struct{ NextContinuationToken *string }

func (c *Client) ListObjectsV2(ctx context.Context, params *ListObjectsV2Input, optFns ...func(*Options)) (*ListObjectsV2Output, error) {
	return &ListObjectsV2Output{}, nil
}

type ListObjectsV2APIClient interface {
	ListObjectsV2(context.Context, *ListObjectsV2Input, ...func(*Options)) (*ListObjectsV2Output, error)
}

type ListObjectsV2Paginator struct{}

func NewListObjectsV2Paginator(client ListObjectsV2APIClient, params *ListObjectsV2Input, optFns ...func(*ListObjectsV2PaginatorOptions)) *ListObjectsV2Paginator {
	return &ListObjectsV2Paginator{}
}

type ListObjectsV2PaginatorOptions struct{}

type PresignOptions struct{}

type PresignClient struct{ client *Client }

func NewPresignClient(c *Client, optFns ...func(*PresignOptions)) *PresignClient {
	return &PresignClient{client: c}
}

type PresignedHTTPRequest struct{ URL string }

func (c *PresignClient) PresignPutObject(ctx context.Context, params *PutObjectInput, optFns ...func(*PresignOptions)) (*PresignedHTTPRequest, error) {
	return &PresignedHTTPRequest{}, nil
}

func (c *PresignClient) PresignGetObject(ctx context.Context, params *GetObjectInput, optFns ...func(*PresignOptions)) (*PresignedHTTPRequest, error) {
	return &PresignedHTTPRequest{}, nil
}
