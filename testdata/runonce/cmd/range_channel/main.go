// Negative: regions received from a channel a goroutine fills from the
// event.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type event struct{ Regions []string }

func handler(ctx context.Context, e event) error {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for _, r := range e.Regions {
			ch <- r
		}
	}()
	for region := range ch {
		c := dynamodb.New(dynamodb.Options{Region: region})
		_ = c
	}
	return nil
}

func main() { lambda.Start(handler) }
