package reports

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/pkgvar_oncevalue/awsclients"
)

// Daily runs on an EventBridge schedule.
func Daily(ctx context.Context, e events.CloudWatchEvent) error {
	body := fmt.Sprintf("report for %s\n", e.Time.Format("2006-01-02"))
	_, err := awsclients.S3().PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(os.Getenv("REPORT_BUCKET")),
		Key:    aws.String("daily/" + e.Time.Format("2006-01-02") + ".txt"),
		Body:   strings.NewReader(body),
	})
	return err
}
