// The same embedded Base, with the presign client built once in main and kept
// on the clients: nothing is reported.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/fnbase"
)

var bucket = os.Getenv("BUCKET")

type clients struct {
	s3 *s3.Client
	ps *s3.PresignClient
}

type archiver struct {
	fnbase.Base
	*clients
}

func (a *archiver) Process(ctx context.Context, payload []byte) (any, error) {
	out, err := a.ps.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(string(payload))})
	if err != nil {
		return nil, err
	}
	return out.URL, nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	c := s3.NewFromConfig(cfg)
	a := &archiver{clients: &clients{s3: c, ps: s3.NewPresignClient(c)}}
	a.Base = fnbase.Base{Proc: a, Name: "archive"}
	lambda.StartHandler(a)
}
