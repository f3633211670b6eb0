// Package sqspub implements ports.Publisher with SQS, building its client // want package:"the user.s module"
// on every Publish.
package sqspub

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/realsdk/layered/ports"
)

type publisher struct{ url string }

// New returns the SQS publisher.
func New(url string) ports.Publisher { return publisher{url: url} } // want New:`^same; makes sqspub.publisher$`

func (p publisher) Publish(ctx context.Context, msg string) error { // want Publish:`builds sqs.New \(sqspub/sqspub.go:20\), sqs.SendMessageInput \(sqspub/sqspub.go:21\) from \[-1 1\]$`
	c := sqs.New(sqs.Options{Region: "eu-west-1"})
	_, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(p.url), MessageBody: aws.String(msg)})
	return err
}

// LogAuditor and QueueAuditor both implement ports.Auditor.
type LogAuditor struct{} // want LogAuditor:`shareable`

func (LogAuditor) Audit(ctx context.Context, what string) error { return nil }

type QueueAuditor struct{} // want QueueAuditor:`shareable`

func (QueueAuditor) Audit(ctx context.Context, what string) error { // want Audit:`builds sqs.New \(sqspub/sqspub.go:33\)$`
	_ = sqs.New(sqs.Options{Region: "eu-west-1"})
	return nil
}

// EastMirror and WestMirror both implement ports.Mirror, and both build a
// client per call.
type EastMirror struct{} // want EastMirror:`shareable`

func (EastMirror) Region() string { return "us-east-1" } // want Region:`^same$`

func (m EastMirror) Copy(ctx context.Context, msg string) error { // want Copy:`builds sqs.New \(sqspub/sqspub.go:\d+\)$`
	_ = sqs.New(sqs.Options{Region: "us-east-1"})
	return nil
}

type WestMirror struct{} // want WestMirror:`shareable`

func (WestMirror) Region() string { return "us-west-2" } // want Region:`^same$`

func (m WestMirror) Copy(ctx context.Context, msg string) error { // want Copy:`builds sqs.New \(sqspub/sqspub.go:\d+\)$`
	_ = sqs.New(sqs.Options{Region: "us-west-2"})
	return nil
}
