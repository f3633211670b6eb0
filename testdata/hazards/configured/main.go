// Command configured builds its S3 client through another package, which
// main configures before lambda.Start. The client is Init work, but moved
// to a package-level variable it would be built before main configures
// the package, without its region; lambdainit moves it into main, after
// the configuration and before Start.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"

	"example.com/hazards/configured/store"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	c := store.Client()
	return "region " + c.Options().Region, nil
}

func main() {
	store.Configure(aws.Config{Region: "eu-west-3"})
	lambda.Start(handler)
}
