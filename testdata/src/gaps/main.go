// Package gaps covers handlers and constructions reached in ways real code
// uses: a table of handlers, a generic wrapper of lambda.Start, package
// variables holding functions, pure standard functions and a transport
// cloned per invocation. Negatives sit beside each.
package main

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// routes dispatches by kind: every function in it runs per invocation.
var routes = map[string]func(context.Context, json.RawMessage) error{
	"order": onOrder,
	"refund": func(ctx context.Context, m json.RawMessage) error {
		_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of dispatch`
		return nil
	},
}

func onOrder(ctx context.Context, m json.RawMessage) error {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of dispatch \(via onOrder\)`
	return nil
}

type envelope struct {
	Kind string          `json:"kind"`
	Body json.RawMessage `json:"body"`
}

func dispatch(ctx context.Context, ev envelope) error {
	return routes[ev.Kind](ctx, ev.Body)
}

// tools is written after initialisation: not followed.
var tools = map[string]func() error{}

func notRoute() error {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"})
	return nil
}

func runTool(ctx context.Context, name string) error {
	tools["x"] = notRoute
	return tools[name]()
}

// start is the team's own generic wrapper of lambda.Start.
func start[E any](h func(context.Context, E) error) { lambda.Start(h) }

func wrapped(ctx context.Context, e string) error {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of wrapped`
	return nil
}

// loadConfig is swapped by nothing: a call of it is a call of
// config.LoadDefaultConfig.
var loadConfig = config.LoadDefaultConfig

var newQueue = func() *sqs.Client { return sqs.New(sqs.Options{Region: "eu-west-1"}) } // want `sqs.New builds .* invocation of viaValues`

func viaValues(ctx context.Context) error {
	cfg, err := loadConfig(ctx) // want `config.LoadDefaultConfig loads .* invocation of viaValues`
	if err != nil {
		return err
	}
	_ = cfg
	_ = newQueue()
	return nil
}

// pattern is built from pure standard functions of constants.
func pure(ctx context.Context, in string) (bool, error) {
	re := regexp.MustCompile("^" + regexp.QuoteMeta(strings.ToLower("A.B")) + "$") // want `regexp.MustCompile compiles`
	perCall := regexp.MustCompile(regexp.QuoteMeta(in))                            // reads the event: stays
	return re.MatchString(in) && perCall.MatchString(in), nil
}

// cloned copies the default transport per invocation.
func cloned(ctx context.Context) error {
	tr := http.DefaultTransport.(*http.Transport).Clone() // want `http.Transport.Clone builds a new HTTP transport`
	c := &http.Client{Transport: tr}
	_ = c
	return nil
}

func main() {
	lambda.Start(dispatch)
	lambda.Start(runTool)
	start(wrapped)
	lambda.Start(viaValues)
	lambda.Start(pure)
	lambda.Start(cloned)
}
