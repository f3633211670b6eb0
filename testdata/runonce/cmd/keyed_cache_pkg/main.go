// Negative: a package-level cache of another package whose method builds
// a missing value with the function it is given and stores it in a map
// field of the cache.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/keyed"
)

var patterns = keyed.New[string, *regexp.Regexp]()

func handler(ctx context.Context, s string) (bool, error) {
	re := patterns.Get("sku", func() *regexp.Regexp { return regexp.MustCompile(`^[A-Z]{3}-[0-9]+$`) })
	return re.MatchString(s), nil
}

func main() { lambda.Start(handler) }
