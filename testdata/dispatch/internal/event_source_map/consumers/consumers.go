package consumers

import (
	"context"
	"encoding/json"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/event_source_map/router"
)

func init() {
	router.Register("aws:sqs", onSQS)
	router.Register("aws:s3", onS3)
	router.Register("aws:dynamodb", onDynamo)
}

func onSQS(ctx context.Context, raw json.RawMessage) error {
	var m events.SQSMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return err
	}
	log.Printf("sqs message %s", m.MessageId)
	return nil
}

func onS3(ctx context.Context, raw json.RawMessage) error {
	var rec events.S3EventRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		return err
	}
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig per S3 record (map[eventSource]RecordHandler)
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg) // EXPECT: s3.NewFromConfig per S3 record (map[eventSource]RecordHandler)
	head, err := client.HeadObject(ctx, &s3.HeadObjectInput{
		Bucket: aws.String(rec.S3.Bucket.Name),
		Key:    aws.String(rec.S3.Object.URLDecodedKey),
	})
	if err != nil {
		return err
	}
	log.Printf("object %s type %s", rec.S3.Object.Key, aws.ToString(head.ContentType))
	return nil
}

func onDynamo(ctx context.Context, raw json.RawMessage) error {
	var rec events.DynamoDBEventRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		return err
	}
	log.Printf("ddb %s %s", rec.EventName, rec.EventID)
	return nil
}
