package archive

import (
	"context"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Service struct {
	S3     *s3.Client
	Bucket string
}

func (s *Service) Handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		_, err := s.S3.PutObject(ctx, &s3.PutObjectInput{
			Bucket: aws.String(s.Bucket),
			Key:    aws.String("messages/" + m.MessageId + ".json"),
			Body:   strings.NewReader(m.Body),
		})
		if err != nil {
			return err
		}
	}
	return nil
}
