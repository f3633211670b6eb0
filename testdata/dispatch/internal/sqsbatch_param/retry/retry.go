package retry

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/events"
)

// Wrap retries fn with a small linear backoff.
func Wrap(fn func(context.Context, events.SQSMessage) error, attempts int) func(context.Context, events.SQSMessage) error {
	return func(ctx context.Context, msg events.SQSMessage) error {
		var err error
		for i := 0; i < attempts; i++ {
			if err = fn(ctx, msg); err == nil {
				return nil
			}
			time.Sleep(time.Duration(i+1) * 50 * time.Millisecond)
		}
		return err
	}
}
