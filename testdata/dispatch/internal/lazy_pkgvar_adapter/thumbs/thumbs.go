package thumbs

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
)

type ImageStore interface {
	Fetch(ctx context.Context, bucket, key string) ([]byte, error)
}

type Handler struct {
	Images ImageStore
}

func (h Handler) Handle(ctx context.Context, e events.S3Event) error {
	for _, rec := range e.Records {
		img, err := h.Images.Fetch(ctx, rec.S3.Bucket.Name, rec.S3.Object.URLDecodedKey)
		if err != nil {
			return err
		}
		log.Printf("would resize %s (%d bytes)", rec.S3.Object.Key, len(img))
	}
	return nil
}
