// Command fluentsetter builds a resty client per invocation and configures
// it with the builder's setters, one of them from the event (the tenant
// header). Built once, the client would keep the header the first event
// set for every invocation after it: the setters configure the value they
// are called on. resty.New is reported, with no fix.
package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/go-resty/resty/v2"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	c := resty.New().SetTimeout(2 * time.Second)
	if t := e["tenant"]; t != "" {
		c.SetHeader("X-Tenant", t)
	}
	return "tenant=" + c.Header.Get("X-Tenant"), nil
}

func main() { lambda.Start(handler) }
