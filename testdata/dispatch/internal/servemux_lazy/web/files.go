package web

import (
	"context"
	"io"
	"net/http"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var s3c *s3.Client

func s3Client(ctx context.Context) (*s3.Client, error) {
	if s3c == nil {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return nil, err
		}
		s3c = s3.NewFromConfig(cfg)
	}
	return s3c, nil
}

func getFile(w http.ResponseWriter, r *http.Request) {
	c, err := s3Client(r.Context())
	if err != nil {
		http.Error(w, "storage unavailable", http.StatusServiceUnavailable)
		return
	}
	out, err := c.GetObject(r.Context(), &s3.GetObjectInput{
		Bucket: aws.String(os.Getenv("FILES_BUCKET")),
		Key:    aws.String(r.PathValue("name")),
	})
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer out.Body.Close()
	_, _ = io.Copy(w, out.Body)
}
