// Package visitproj keeps the parcels table in step with the events.
package visitproj

import (
	"context"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/visitdomain"
)

// Projector is the visitor main builds.
type Projector struct {
	DB    *dynamodb.Client
	Table string
}

// Shipped records the parcel: the item comes from the event, the
// pattern it checks it against is the same every time.
func (p *Projector) Shipped(ctx context.Context, e visitdomain.Shipped) error {
	if !regexp.MustCompile(`^[A-Z]{2}[0-9]{9}$`).MatchString(e.Parcel) { // EXPECT: compiled for every shipped parcel
		return nil
	}
	_, err := p.DB.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(p.Table),
		Item:      map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: e.Parcel}},
	})
	return err
}

// Returned asks for a refund: the client and the queue's name lookup are
// the same for every return.
func (p *Projector) Returned(ctx context.Context, e visitdomain.Returned) error {
	q := sqs.New(sqs.Options{Region: "eu-west-1"})                                          // EXPECT: built for every returned parcel
	url, err := q.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String("refunds")}) // EXPECT: the same lookup every time
	if err != nil {
		return err
	}
	_, err = q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: url.QueueUrl, MessageBody: aws.String(e.Parcel + ": " + e.Reason)})
	return err
}
