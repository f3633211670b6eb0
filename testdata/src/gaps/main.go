// Package gaps covers handlers and constructions reached in ways real code
// uses: a table of handlers, a generic wrapper of lambda.Start, package
// variables holding functions, pure standard functions and a transport
// cloned per invocation. Negatives sit beside each.
package main

import (
	"context"
	"encoding/json"
	"html/template"
	"net/http"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
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

// tools is written by the handler itself, then called: notRoute, the
// function of its signature the program stores, runs per invocation.
var tools = map[string]func() error{}

func notRoute() error {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds a new SQS client and connection pool on every invocation of runTool \(via notRoute\)`
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

var funcs = template.FuncMap{"up": strings.ToUpper}

// templated sets its template up with a chain of builders.
func templated(ctx context.Context) (string, error) {
	t := template.Must(template.New("greeting").Funcs(funcs).Parse("{{up .}}")) // want `template.Template.Parse parses the same template again`
	var b strings.Builder
	err := t.Execute(&b, "hi")
	return b.String(), err
}

var db = dynamodb.New(dynamodb.Options{Region: "eu-west-1"})

var bucket = s3.New(s3.Options{Region: "eu-west-1"})

// byAddress passes local inputs by address: one the SDK only reads, one it
// writes (ChecksumMode) and one the handler changes.
func byAddress(ctx context.Context, key string) error {
	in := dynamodb.ScanInput{TableName: aws.String("items")} // want `dynamodb.ScanInput is rebuilt`
	if _, err := db.Scan(ctx, &in); err != nil {
		return err
	}
	get := s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String("k")}
	if _, err := bucket.GetObject(ctx, &get); err != nil {
		return err
	}
	changed := dynamodb.ScanInput{TableName: aws.String("items")}
	changed.TableName = aws.String(key)
	_, err := db.Scan(ctx, &changed)
	return err
}

var region string

// configure sets region from the environment; only main calls it, before
// Start.
func configure() { region = os.Getenv("REGION") }

var stage string

func setStage(s string) { stage = s }

// configured reads what configure set: the same on every invocation. It
// also reads stage, which it sets itself: not.
func configured(ctx context.Context, ev map[string]string) error {
	_ = sqs.New(sqs.Options{Region: region}) // want `sqs.New builds .* invocation of configured`
	setStage(ev["stage"])
	_ = sqs.New(sqs.Options{Region: stage})
	return nil
}

var current string

// refresh keeps updating current while the function runs: main starts it
// in a goroutine, so what it sets is not fixed at Init.
func refresh() {
	for {
		current = os.Getenv("REGION")
		time.Sleep(time.Minute)
	}
}

func refreshed(ctx context.Context) error {
	_ = sqs.New(sqs.Options{Region: current})
	return nil
}

func main() {
	go refresh()
	lambda.Start(refreshed)
	configure()
	lambda.Start(templated)
	lambda.Start(byAddress)
	lambda.Start(configured)
	lambda.Start(dispatch)
	lambda.Start(runTool)
	start(wrapped)
	lambda.Start(viaValues)
	lambda.Start(pure)
	lambda.Start(cloned)
}
