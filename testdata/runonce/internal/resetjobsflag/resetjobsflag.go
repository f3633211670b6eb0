// Package resetjobsflag holds the same handler, which tidies up only when
// the event asks for it: the client is cached otherwise.
package resetjobsflag

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

// Handle deletes the object, then tidies up when asked.
func Handle(ctx context.Context, e Event) error {
	c, err := resetcache.Client(ctx)
	if err != nil {
		return err
	}
	_, err = c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(e.Bucket), Key: aws.String(e.Key)})
	if e.Flush {
		cleanup()
	}
	return err
}
