// Command v2fn exercises the aws-sdk-go-v2 catalogue against the real
// modules.
package main

import (
	"context"
	"os"

	runtime "github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials/stscreds"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

type Event struct{ Key string }

func handle(ctx context.Context, ev Event) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `config.LoadDefaultConfig loads the shared config files`
	if err != nil {
		return "", err
	}
	db := dynamodb.NewFromConfig(cfg)        // want `dynamodb.NewFromConfig builds a new DynamoDB client and connection pool`
	_, _ = db.Scan(ctx, &dynamodb.ScanInput{ // want `dynamodb.ScanInput is rebuilt`
		TableName: aws.String(os.Getenv("TABLE")),
		Select:    types.SelectAllAttributes,
	})
	_, _ = db.GetItem(ctx, &dynamodb.GetItemInput{ // reads the event: stays
		TableName: aws.String("t"),
		Key:       map[string]types.AttributeValue{"k": &types.AttributeValueMemberS{Value: ev.Key}},
	})
	_, _ = db.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{}) // the SDK writes its token

	bucket := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true }) // want `s3.NewFromConfig builds a new S3 client`
	presign := s3.NewPresignClient(bucket)                                         // want `s3.NewPresignClient builds a new S3 presign client`
	_, _ = presign.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String(ev.Key)})
	_ = manager.NewUploader(bucket)                                                                 // want `manager.NewUploader builds a new S3 transfer manager`
	_ = s3.NewListObjectsV2Paginator(bucket, &s3.ListObjectsV2Input{Bucket: aws.String("b")})       // want `s3.ListObjectsV2Input is rebuilt`
	_, _ = bucket.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String("k")}) // the SDK sets its ChecksumMode: stays

	_ = stscreds.NewAssumeRoleProvider(sts.NewFromConfig(cfg), "arn:aws:iam::123456789012:role/r") // want `stscreds.NewAssumeRoleProvider builds a credentials provider` `sts.NewFromConfig builds a new STS client`
	_ = sqs.New(sqs.Options{Region: "eu-west-1"})                                                  // want `sqs.New builds a new SQS client`

	_ = aws.NewCredentialsCache(stscreds.NewAssumeRoleProvider(sts.NewFromConfig(cfg), "arn:aws:iam::123456789012:role/c")) // want `aws.NewCredentialsCache builds an empty credentials cache` `stscreds.NewAssumeRoleProvider builds a credentials provider` `sts.NewFromConfig builds a new STS client`
	_ = aws.NewCredentialsCache(stscreds.NewAssumeRoleProvider(sts.NewFromConfig(cfg), ev.Key))                             // want `sts.NewFromConfig builds a new STS client`
	return "", nil
}

func main() { runtime.Start(handle) }
