// Package oncefield loads settings with a client it builds once per
// Loader, behind a sync.Once field.
package oncefield

import (
	"context"
	"os"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Loader builds its client on first use.
type Loader struct {
	once   sync.Once
	client *s3.Client
}

// NewLoader returns an empty loader.
func NewLoader() *Loader { return &Loader{} }

func (l *Loader) s3() *s3.Client {
	l.once.Do(func() {
		l.client = s3.New(s3.Options{Region: os.Getenv("SETTINGS_REGION")}) // EXPECT: the Once lives in a Loader the handler makes on every invocation
	})
	return l.client
}

// Flags reads the flags object.
func (l *Loader) Flags(ctx context.Context) (int64, error) {
	out, err := l.s3().HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("settings"), Key: aws.String("flags/" + time.Now().UTC().Format("2006-01-02") + ".json")})
	if err != nil {
		return 0, err
	}
	return aws.ToInt64(out.ContentLength), nil
}
