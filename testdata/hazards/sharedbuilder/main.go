// Command sharedbuilder keeps one S3 client builder for the life of the
// environment. Each invocation points it at the home region, builds the
// home client, builds the fallback from whatever the builder holds, and
// then points it at the event's region for the peer client. Built once in
// Init, the fallback would keep the region the builder held then (none);
// moved with the home client, the chain would leave the builder at the
// previous event's region when the fallback is built. The builder is state
// the handler changes, so neither is reported.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type builder struct{ region string }

func (b *builder) Region(r string) *builder { b.region = r; return b }

func (b *builder) Build() *s3.Client {
	return s3.NewFromConfig(aws.Config{}, func(o *s3.Options) { o.Region = b.region })
}

var shared = &builder{}

func handler(ctx context.Context, e map[string]string) (string, error) {
	home := shared.Region("eu-west-1").Build()
	fallback := shared.Build()
	peer := shared.Region(e["region"]).Build()
	return home.Options().Region + " " + fallback.Options().Region + " " + peer.Options().Region, nil
}

func main() { lambda.Start(handler) }
