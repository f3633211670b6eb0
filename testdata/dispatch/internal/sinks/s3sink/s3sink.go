// Package s3sink archives to S3 with a client it is given.
package s3sink

import (
	"bytes"
	"context"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Sink writes objects with the client main built.
type Sink struct {
	Client *s3.Client
	Bucket string
}

// Archive builds a key pattern on every call.
func (s *Sink) Archive(ctx context.Context, id string, body []byte) error {
	clean := regexp.MustCompile(`[^a-z0-9-]`) // EXPECT: a constant pattern compiled on every archive, through the port main wires
	_, err := s.Client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(s.Bucket), Key: aws.String(clean.ReplaceAllString(id, "-")), Body: bytes.NewReader(body)})
	return err
}
