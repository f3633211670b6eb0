// The registered handler embeds another package's Base, whose promoted
// Invoke calls back the handler's Process through an interface: Process
// runs on every invocation, and the presign client it builds is Init work.
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

type clients struct{ s3 *s3.Client }

func (c *clients) objects() *s3.Client { return c.s3 }

type archiver struct {
	fnbase.Base
	*clients
}

func (a *archiver) Process(ctx context.Context, payload []byte) (any, error) {
	ps := s3.NewPresignClient(a.objects()) // EXPECT: the promoted Invoke calls Process on every invocation
	out, err := ps.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(string(payload))})
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
	a := &archiver{clients: &clients{s3: s3.NewFromConfig(cfg)}}
	a.Base = fnbase.Base{Proc: a, Name: "archive"}
	lambda.StartHandler(a)
}
