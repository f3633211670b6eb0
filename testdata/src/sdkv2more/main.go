// Package sdkv2more covers the rest of the v2 catalogue: presign clients,
// transfer managers, credentials providers, and inputs of other services.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials/stscreds"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/efs"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

var cfg aws.Config

func init() {
	var err error
	cfg, err = config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
}

var client = s3.NewFromConfig(cfg)

var files = efs.NewFromConfig(cfg)

// efs is not among the scanned services: an input type with a member the SDK
// writes in several scanned services (ClientToken) is taken to be written.
func fileSystems(ctx context.Context) error {
	if _, err := files.DescribeFileSystems(ctx, &efs.DescribeFileSystemsInput{FileSystemId: aws.String("fs-1")}); err != nil { // want `efs.DescribeFileSystemsInput is rebuilt`
		return err
	}
	_, err := files.CreateAccessPoint(ctx, &efs.CreateAccessPointInput{ClientToken: aws.String("t"), FileSystemId: aws.String("fs-1")})
	return err
}

func handler(ctx context.Context) (string, error) {
	presign := s3.NewPresignClient(client)                                                                       // want `s3.NewPresignClient builds a new S3 presign client`
	req, err := presign.PresignPutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String("k")}) // want `s3.PutObjectInput is rebuilt`
	if err != nil {
		return "", err
	}
	// The SDK's checksum middleware sets ChecksumMode on a GetObjectInput,
	// even to presign it: shared, it would race. Not a finding.
	if _, err := presign.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String("k")}); err != nil {
		return "", err
	}
	// A paginator copies its input before it sets the page token: shared, it is safe.
	_ = s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: aws.String("b")}) // want `s3.ListObjectsV2Input is rebuilt`
	_ = manager.NewUploader(client)                                                           // want `manager.NewUploader builds a new S3 transfer manager`
	_ = stscreds.NewAssumeRoleProvider(sts.NewFromConfig(cfg), "arn:aws:iam::1:role/r")       // want `stscreds.NewAssumeRoleProvider builds a credentials provider` `sts.NewFromConfig builds`
	return req.URL, nil
}

func main() {
	lambda.Start(handler)
	lambda.Start(fileSystems)
}
