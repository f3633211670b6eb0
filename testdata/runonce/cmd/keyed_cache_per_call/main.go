// The same cache made by the handler: it is empty on every invocation.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/keyed"
)

func handler(ctx context.Context, s string) (bool, error) {
	patterns := keyed.New[string, *regexp.Regexp]()
	re := patterns.Get("sku", func() *regexp.Regexp {
		return regexp.MustCompile(`^[A-Z]{3}-[0-9]+$`) // EXPECT: the cache is made on every invocation
	})
	return re.MatchString(s), nil
}

func main() { lambda.Start(handler) }
