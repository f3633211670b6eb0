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

func handler(ctx context.Context) (string, error) {
	presign := s3.NewPresignClient(client)                                                                       // want `s3.NewPresignClient builds a new S3 presign client`
	req, err := presign.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String("k")}) // want `s3.GetObjectInput is rebuilt`
	if err != nil {
		return "", err
	}
	_ = manager.NewUploader(client)                                                     // want `manager.NewUploader builds a new S3 transfer manager`
	_ = stscreds.NewAssumeRoleProvider(sts.NewFromConfig(cfg), "arn:aws:iam::1:role/r") // want `stscreds.NewAssumeRoleProvider builds a credentials provider` `sts.NewFromConfig builds`
	return req.URL, nil
}

func main() { lambda.Start(handler) }
