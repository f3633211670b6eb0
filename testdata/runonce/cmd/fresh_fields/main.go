// Values the handler builds on every invocation and fills field by field
// (the request decoded into one field, a tenant into another) keep their
// lazily built clients for one invocation only: the guard on a field no
// write sets is empty again on every run. A request struct, a session
// value on the stack, a scope from a constructor, and one from another
// package.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/runonce/internal/freshscope"
)

type app struct{ region string }

type request struct {
	app  *app
	body struct{ ID string }
	db   *dynamodb.Client
}

func (r *request) table() *dynamodb.Client {
	if r.db == nil {
		r.db = dynamodb.New(dynamodb.Options{Region: r.app.region}) // EXPECT: the request is new on every invocation
	}
	return r.db
}

type session struct {
	user string
	c    *s3.Client
}

func (s *session) objects() *s3.Client {
	if s.c == nil {
		s.c = s3.New(s3.Options{Region: "eu-west-1"}) // EXPECT: the session is a new value on every invocation
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
		sc.q = sqs.New(sqs.Options{Region: "eu-west-1"}) // EXPECT: newScope builds it afresh on every invocation
	}
	return sc.q
}

func (a *app) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	r := &request{app: a}
	if err := json.Unmarshal(payload, &r.body); err != nil {
		return nil, err
	}
	var s session
	s.user = r.body.ID
	sc := newScope()
	sc.trace = r.body.ID
	ts := freshscope.New()
	ts.Trace = r.body.ID
	if _, err := r.table().DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(r.body.ID)}); err != nil {
		return nil, err
	}
	_, _, _ = s.objects(), sc.queue(), ts.Topic()
	return nil, nil
}

func main() { lambda.Start(&app{region: "eu-west-1"}) }
