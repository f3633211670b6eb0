// Package fixlift calls helpers of its own that build what they return.
// A call of such a helper, with arguments that are the same on every
// invocation, is the finding: its fix moves the call (with the code that
// uses it) and leaves the helper as written. Helpers that fall back, keep
// a cache, do more than build, or are also called with varying arguments
// are not lifted: their own constructions are reported inside them.
package main

import (
	"context"
	"fmt"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// loadCfg stops the program when the config cannot load, as Init would.
func loadCfg(ctx context.Context) aws.Config {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Fatal(err)
	}
	return cfg
}

func loadCfgErr(ctx context.Context) (aws.Config, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	if err != nil {
		return aws.Config{}, fmt.Errorf("load config: %w", err)
	}
	return cfg, nil
}

func newQueue(region string) *sqs.Client {
	return sqs.New(sqs.Options{Region: region})
}

// nested and wrapped: the outer construction moves with the helper's call.
func nested(ctx context.Context) error {
	db := dynamodb.NewFromConfig(loadCfg(ctx)) // want `dynamodb.NewFromConfig builds .* on every invocation of nested; create it once outside the handler$` `loadCfg loads the shared config files and resolves credentials \(config.LoadDefaultConfig, main/main.go:24\) on every invocation of nested; build it once outside the handler$`
	_ = db
	return nil
}

// checked: the helper returns an error, which the handler returns.
func checked(ctx context.Context) error {
	cfg, err := loadCfgErr(ctx) // want `loadCfgErr loads .* on every invocation of checked; build it once outside the handler$`
	if err != nil {
		return err
	}
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds .* on every invocation of checked; create it once outside the handler$`
	_ = q
	return nil
}

// constant: a helper's parameter bound to a constant.
func constant(ctx context.Context) error {
	q := newQueue("eu-west-3") // want `newQueue builds a new SQS client .* on every invocation of constant; build it once outside the handler$`
	_ = q
	return nil
}

// varying: the same helper, with the event's region: its body's client
// depends on it, nothing to report here, and constant's call is still
// lifted.
func varying(ctx context.Context, ev map[string]string) error {
	q := newQueue(ev["region"])
	_ = q
	return nil
}

// fallbackCfg answers with a default when the load fails: moved to Init,
// that default would stay for the life of the environment.
func fallbackCfg(ctx context.Context) (aws.Config, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* on every invocation of fallback \(via fallbackCfg\); load it once outside the handler`
	if err != nil {
		return aws.Config{Region: "us-east-1"}, nil
	}
	return cfg, nil
}

func fallback(ctx context.Context) error {
	cfg, err := fallbackCfg(ctx)
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg)
	return nil
}

var cached *s3.Client

// cachedClient keeps what it built: a getter, not work.
func cachedClient(ctx context.Context) *s3.Client {
	if cached == nil {
		cfg, _ := config.LoadDefaultConfig(ctx)
		cached = s3.NewFromConfig(cfg)
	}
	return cached
}

func getter(ctx context.Context) error {
	_ = cachedClient(ctx)
	return nil
}

// logged logs before it builds: more than a constructor, so its own
// constructions are reported inside it.
func logged(ctx context.Context) *s3.Client {
	log.Printf("building the S3 client")
	cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(via logged\)`
	return s3.NewFromConfig(cfg)            // want `s3.NewFromConfig builds .* \(via logged\)`
}

func effects(ctx context.Context) error {
	_ = logged(ctx)
	return nil
}

// shared is called by one handler and started as a goroutine by another:
// its call is not lifted, its body's work is reported.
func shared(ctx context.Context) *sqs.Client {
	cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(via shared\)`
	return sqs.NewFromConfig(cfg)           // want `sqs.NewFromConfig builds .* \(via shared\)`
}

func lifted(ctx context.Context) error {
	_ = shared(ctx)
	return nil
}

func viaGoroutine(ctx context.Context) error {
	go shared(ctx)
	return nil
}

// region is set by main before Start: the call of a helper that reads it
// lands in main, after it.
var region string

func regionQueue() *sqs.Client {
	return sqs.New(sqs.Options{Region: region})
}

func mainSet(ctx context.Context) error {
	q := regionQueue() // want `regionQueue builds a new SQS client .* on every invocation of mainSet; build it once outside the handler$`
	_ = q
	return nil
}

// store keeps its client, unexported, and no method writes it: a shared
// *store is safe for concurrent invocations, and its constructor's call
// moves.
type store struct{ db *dynamodb.Client }

func newStore(ctx context.Context) (*store, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &store{db: dynamodb.NewFromConfig(cfg)}, nil
}

func (s *store) table() string { return "orders" }

// tally counts what it saves: shared between invocations, its counter
// would race. Its constructor's call is reported without a fix.
type tally struct {
	db    *dynamodb.Client
	saved int
}

func newTally(ctx context.Context) (*tally, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &tally{db: dynamodb.NewFromConfig(cfg)}, nil
}

func (t *tally) save() { t.saved++ }

func stores(ctx context.Context) error {
	s, err := newStore(ctx) // want `newStore loads .* on every invocation of stores; build it once outside the handler$`
	if err != nil {
		return err
	}
	t, err := newTally(ctx) // want `newTally loads .* on every invocation of stores; build it once outside the handler \(no automatic fix: t is a \*main.tally, not known to be safe to share between invocations\)`
	if err != nil {
		return err
	}
	t.save()
	_ = s.table()
	return nil
}

// tableClient builds through loadCfg: one constructor calling another, the
// whole call is the finding, with the work of both.
func tableClient(ctx context.Context) *dynamodb.Client {
	return dynamodb.NewFromConfig(loadCfg(ctx))
}

func layered(ctx context.Context) error {
	db := tableClient(ctx) // want `tableClient loads the shared config files and resolves credentials \(config.LoadDefaultConfig, main/main.go:24\) and builds a new DynamoDB client and connection pool \(dynamodb.NewFromConfig, main/main.go:\d+\) on every invocation of layered; build it once outside the handler$`
	_ = db
	return nil
}

type named struct {
	q    *sqs.Client
	name string
}

// wrapQueue builds a client the same on every call around a name that
// varies: its call gives another value each time and is not the finding;
// the client inside it is, and moves on its own.
func wrapQueue(name string) *named {
	return &named{q: sqs.New(sqs.Options{Region: "eu-west-2"}), name: name} // want `sqs.New builds .* on every invocation of wrapped \(via wrapQueue\); create it once outside the handler$`
}

func wrapped(ctx context.Context, ev map[string]string) error {
	w := wrapQueue(ev["name"])
	_ = w
	return nil
}

func main() {
	region = "eu-north-1"
	lambda.Start(mainSet)
	lambda.Start(nested)
	lambda.Start(checked)
	lambda.Start(constant)
	lambda.Start(varying)
	lambda.Start(fallback)
	lambda.Start(getter)
	lambda.Start(effects)
	lambda.Start(lifted)
	lambda.Start(viaGoroutine)
	lambda.Start(stores)
	lambda.Start(layered)
	lambda.Start(wrapped)
}
