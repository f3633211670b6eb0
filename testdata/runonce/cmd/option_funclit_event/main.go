// The option closure captures the region from the event: the client differs per call.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type CopyRequest struct {
	Region string `json:"region"`
	Bucket string `json:"bucket"`
	Key    string `json:"key"`
}

var baseCfg aws.Config

func handler(ctx context.Context, req CopyRequest) error {
	client := s3.NewFromConfig(baseCfg, func(o *s3.Options) {
		o.Region = req.Region
	})
	_, err := client.CopyObject(ctx, &s3.CopyObjectInput{
		Bucket:     aws.String(req.Bucket),
		CopySource: aws.String(req.Bucket + "/" + req.Key),
		Key:        aws.String(req.Key + ".bak"),
	})
	return err
}

func main() {
	var err error
	if baseCfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
