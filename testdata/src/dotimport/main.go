// Package dotimport dot-imports the runtime and the config package, and
// reaches the client constructor through an alias of the function.
package main

import (
	"context"

	. "github.com/aws/aws-lambda-go/lambda"
	. "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var newS3 = s3.NewFromConfig // a function value, not a call: stays quiet here

type S3Client = s3.Client // an alias of the client type

func handle(ctx context.Context) error {
	cfg, err := LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	var c *S3Client = s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds a new S3 client`
	_ = c
	return nil
}

func main() { Start(handle) }
