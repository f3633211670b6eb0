// Package store hands out SQS clients three ways: cached, per region, and // want package:"the user.s module"
// per queue.
package store

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var client *sqs.Client

// Client builds its client on the first call only: nothing to report.
func Client() *sqs.Client { // want Client:`guards sqs.New \(store/store.go:17\) by store.client`
	if client == nil {
		client = sqs.New(sqs.Options{Region: "eu-west-1"})
	}
	return client
}

// ForRegion builds a client for the region it is given.
func ForRegion(region string) *sqs.Client { // want ForRegion:`builds sqs.New \(store/store.go:24\) from \[0\]; constructor`
	return sqs.New(sqs.Options{Region: region})
}

// Queue sends to one queue.
type Queue struct { // want Queue:`shareable`
	url string
}

// NewQueue returns a queue; it builds nothing.
func NewQueue(url string) Queue { return Queue{url: url} } // want NewQueue:`^same; makes store.Queue$`

// Send builds a client on every call: a method whose work depends on
// nothing the caller passes.
func (q Queue) Send(ctx context.Context, body string) error { // want Send:`builds sqs.New \(store/store.go:38\), sqs.SendMessageInput \(store/store.go:39\) from \[-1 1\]$`
	c := sqs.New(sqs.Options{Region: "eu-west-1"})
	_, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(q.url), MessageBody: aws.String(body)})
	return err
}

// made counts the clients Counted built.
var made int

// Counted builds a client and counts it: moved to Init, its call would
// count once instead of once per invocation. It is no constructor.
func Counted(region string) *sqs.Client { // want Counted:`builds sqs.New \(store/store.go:\d+\) from \[0\]$`
	made++
	return sqs.New(sqs.Options{Region: region})
}

var byRegion = map[string]*sqs.Client{}

// Registered builds a client and records it by region: no constructor
// either.
func Registered(region string) *sqs.Client { // want Registered:`builds sqs.New \(store/store.go:\d+\) from \[0\]$`
	c := sqs.New(sqs.Options{Region: region})
	byRegion[region] = c
	return c
}
