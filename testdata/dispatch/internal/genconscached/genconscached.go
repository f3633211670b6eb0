// Package genconscached holds the same types, with what they need built
// once per execution environment.
package genconscached

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var invoiceRE = regexp.MustCompile(`^INV-[0-9]{6}$`)

// Invoice decodes invoice numbers.
type Invoice struct{ Number string }

// Decode uses the package's pattern.
func (i *Invoice) Decode(b []byte) error {
	if !invoiceRE.Match(b) {
		return fmt.Errorf("bad invoice %q", b)
	}
	i.Number = string(b)
	return nil
}

var client = sync.OnceValue(func() *s3.Client {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	return s3.NewFromConfig(cfg)
})

// Params loads parameters from S3.
type Params struct{}

// Load uses the shared client.
func (Params) Load(ctx context.Context, key string) (string, error) {
	out, err := client().GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(os.Getenv("PARAMS_BUCKET")), Key: aws.String(key)})
	if err != nil {
		return "", err
	}
	defer out.Body.Close()
	return aws.ToString(out.ETag), nil
}

// Cleanup purges expired rows.
type Cleanup struct{}

// Run uses the shared client.
func (Cleanup) Run(ctx context.Context) error {
	_, err := client().DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(os.Getenv("BUCKET")), Key: aws.String("expired/" + time.Now().UTC().Format("2006-01-02"))})
	return err
}
