package exporter

import (
	"context"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Exporter struct {
	cfg    aws.Config
	bucket string
	s3     *s3.Client
	ddb    *dynamodb.Client
}

type Option func(*Exporter)

func WithBucket(b string) Option { return func(e *Exporter) { e.bucket = b } }

func WithS3() Option {
	return func(e *Exporter) {
		e.s3 = s3.NewFromConfig(e.cfg) // GAP: an option literal's work depends on its parameter (e.cfg): left out, as for any literal
	}
}

func WithDynamo() Option {
	return func(e *Exporter) {
		e.ddb = dynamodb.NewFromConfig(e.cfg) // GAP: an option literal's work depends on its parameter (e.cfg): left out, as for any literal
	}
}

func New(ctx context.Context, opts ...Option) (*Exporter, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig in exporter.New (called per invocation)
	if err != nil {
		return nil, err
	}
	e := &Exporter{cfg: cfg}
	for _, o := range opts {
		o(e)
	}
	return e, nil
}

func (e *Exporter) Export(ctx context.Context, table string) error {
	out, err := e.ddb.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(table)}) // EXPECT: an input of the table the handler passes from the environment (partial invariance, session 13)
	if err != nil {
		return err
	}
	_, err = e.s3.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(e.bucket),
		Key:    aws.String("exports/" + table + ".txt"),
		Body:   strings.NewReader(fmt.Sprintf("%d items\n", out.Count)),
	})
	return err
}
