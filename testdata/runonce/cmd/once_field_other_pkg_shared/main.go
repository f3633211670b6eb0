// Negative: the loader is made once, in main.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/oncefield"
)

func main() {
	l := oncefield.NewLoader()
	lambda.Start(func(ctx context.Context) (int64, error) {
		return l.Flags(ctx)
	})
}
