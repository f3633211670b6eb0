// Package audit has a handler no program picks.
package audit

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Entry is one audit record.
type Entry struct{ Key string }

// Handle stores an entry; main never registers it.
func Handle(ctx context.Context, e Entry) error {
	_ = s3.New(s3.Options{Region: "eu-west-1"}) // never registered: silent
	return nil
}
