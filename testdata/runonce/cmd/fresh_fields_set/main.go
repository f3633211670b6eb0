// The negative of fresh_fields: the handler sets the very field each guard
// reads, from a client built once in main, before calling the getter: the
// guard holds and nothing is built per invocation.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/runonce/internal/freshscopeset"
)

type app struct {
	region string
	db     *dynamodb.Client
	s3     *s3.Client
	q      *sqs.Client
	t      *sns.Client
}

type request struct {
	app  *app
	body struct{ ID string }
	db   *dynamodb.Client
}

func (r *request) table() *dynamodb.Client {
	if r.db == nil {
		r.db = dynamodb.New(dynamodb.Options{Region: r.app.region}) // the handler sets r.db first
	}
	return r.db
}

type session struct {
	user string
	c    *s3.Client
}

func (s *session) objects() *s3.Client {
	if s.c == nil {
		s.c = s3.New(s3.Options{Region: "eu-west-1"}) // the handler sets s.c first
	}
	return s.c
}

type scope struct {
	trace string
	q     *sqs.Client
}

func newScope() *scope { return &scope{} }

func (sc *scope) queue() *sqs.Client {
	if sc.q == nil {
		sc.q = sqs.New(sqs.Options{Region: "eu-west-1"}) // the handler sets sc.q first
	}
	return sc.q
}

func (a *app) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	r := &request{app: a}
	if err := json.Unmarshal(payload, &r.body); err != nil {
		return nil, err
	}
	r.db = a.db
	var s session
	s.user = r.body.ID
	s.c = a.s3
	sc := newScope()
	sc.q = a.q
	ts := freshscopeset.New()
	ts.Trace = r.body.ID
	ts.T = a.t
	if _, err := r.table().DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(r.body.ID)}); err != nil {
		return nil, err
	}
	_, _, _ = s.objects(), sc.queue(), ts.Topic()
	return nil, nil
}

func main() {
	lambda.Start(&app{
		region: "eu-west-1",
		db:     dynamodb.New(dynamodb.Options{Region: "eu-west-1"}),
		s3:     s3.New(s3.Options{Region: "eu-west-1"}),
		q:      sqs.New(sqs.Options{Region: "eu-west-1"}),
		t:      sns.New(sns.Options{Region: "eu-west-1"}),
	})
}
