// Package resetjobs holds a handler that tidies up after every run,
// through a helper, dropping the cached client with everything else.
package resetjobs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/resetcache"
)

// Event names an object to delete.
type Event struct {
	Bucket, Key string
	Flush       bool
}

var seen int

func cleanup() {
	seen = 0
	resetcache.Reset()
}

// Handle deletes the object, then tidies up.
func Handle(ctx context.Context, e Event) error {
	c, err := resetcache.Client(ctx)
	if err != nil {
		return err
	}
	_, err = c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(e.Bucket), Key: aws.String(e.Key)})
	cleanup()
	return err
}
