// Package tenantsign is a handler that remembers the tenant of the
// request it serves in a variable of its own, then builds from it.
package tenantsign

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	store         *s3.Client
	currentTenant string
)

// Configure is what main calls before Start.
func Configure(c *s3.Client) { store = c }

// Handle checks the tenant's bucket: the input differs per tenant.
func Handle(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	currentTenant = req.QueryStringParameters["tenant"]
	if _, err := store.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(currentTenant + "-signed")}); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: 404}, nil
	}
	return events.LambdaFunctionURLResponse{StatusCode: 200}, nil
}
