// Package genconsjobs holds types the generic helpers instantiate, which
// build what they need on every call.
package genconsjobs

import (
	"context"
	"fmt"
	"os"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Invoice decodes invoice numbers.
type Invoice struct{ Number string }

// Decode compiles its pattern on every call.
func (i *Invoice) Decode(b []byte) error {
	if !regexp.MustCompile(`^INV-[0-9]{6}$`).Match(b) { // EXPECT: a constant pattern compiled by a method a pointer-constraint type parameter calls
		return fmt.Errorf("bad invoice %q", b)
	}
	i.Number = string(b)
	return nil
}

// Params loads parameters from S3.
type Params struct{}

// Load builds its client on every call.
func (Params) Load(ctx context.Context, key string) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv("PARAMS_REGION"))) // EXPECT: config loaded by a method of a type argument, on every call
	if err != nil {
		return "", err
	}
	out, err := s3.NewFromConfig(cfg).GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(os.Getenv("PARAMS_BUCKET")), Key: aws.String(key)}) // EXPECT: the client built from that config, on every call
	if err != nil {
		return "", err
	}
	defer out.Body.Close()
	return aws.ToString(out.ETag), nil
}

// Cleanup purges expired rows.
type Cleanup struct{}

// Run builds its client on every call.
func (Cleanup) Run(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: config loaded by the job a generic runner makes on every call
	if err != nil {
		return err
	}
	_, err = s3.NewFromConfig(cfg).DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(os.Getenv("BUCKET")), Key: aws.String(os.Getenv("EXPIRED"))}) // EXPECT: the client, and an input of environment values only, on every call
	return err
}
