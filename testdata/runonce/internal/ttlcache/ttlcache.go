// Package ttlcache keeps a Secrets Manager value for a while.
package ttlcache

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Listing keeps the bucket's first page of keys for TTL.
type Listing struct {
	Options s3.Options
	Bucket  string
	TTL     time.Duration

	keys []string
	at   time.Time
}

// Keys answers the cached keys, listing them again once they are older
// than TTL: per value of the Listing.
func (l *Listing) Keys(ctx context.Context) ([]string, error) {
	if l.keys != nil && time.Since(l.at) < l.TTL {
		return l.keys, nil
	}
	out, err := s3.New(l.Options).ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(l.Bucket)})
	if err != nil {
		return nil, err
	}
	l.keys = l.keys[:0]
	for _, o := range out.Contents {
		l.keys = append(l.keys, aws.ToString(o.Key))
	}
	l.at = time.Now()
	return l.keys, nil
}
