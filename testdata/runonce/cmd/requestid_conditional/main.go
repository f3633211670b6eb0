// The request ID is read only when the context has one; the zero value
// aside, the key is new on every invocation.
package main

import (
	"context"
	"net/http"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

var perInvocation sync.Map

func client(ctx context.Context) *http.Client {
	lc, _ := lambdacontext.FromContext(ctx)
	var id string
	if lc != nil {
		id = lc.AwsRequestID
	}
	if v, ok := perInvocation.Load(id); ok {
		return v.(*http.Client)
	}
	c := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8}} // EXPECT: keyed by the request ID, read when the context has one
	perInvocation.Store(id, c)
	return c
}

func handler(ctx context.Context) error {
	_ = client(ctx)
	return nil
}

func main() { lambda.Start(handler) }
