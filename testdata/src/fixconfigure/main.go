// Package fixconfigure instruments its SDK configuration in the handler,
// as OpenTelemetry's guide shows: otelaws.AppendMiddlewares(&cfg.APIOptions)
// between the load and the client. The call sets the config up for the
// life of the client; it moves with them. Left in the handler while the
// config moved, it would append the middleware again on every invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go/middleware"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-sdk-go-v2/otelaws"
)

func handler(ctx context.Context) (int, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return 0, err
	}
	otelaws.AppendMiddlewares(&cfg.APIOptions)
	client := s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds`
	_ = client
	return len(cfg.APIOptions), nil
}

var provider otelaws.TracerProvider

// withProvider passes an option the instrumentation's own package builds
// from a package variable: the same on every invocation.
func withProvider(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	otelaws.AppendMiddlewares(&cfg.APIOptions, otelaws.WithTracerProvider(provider))
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	_ = q
	return nil
}

// perRequest passes an option built from the event: nothing moves.
func perRequest(ctx context.Context, tp otelaws.TracerProvider) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix`
	if err != nil {
		return err
	}
	otelaws.AppendMiddlewares(&cfg.APIOptions, otelaws.WithTracerProvider(tp))
	_ = cfg
	return nil
}

// traced instruments only when tracing is on: the setup depends on the
// environment each invocation reads, so nothing moves.
func traced(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: cfg would be shared by every invocation, and traced takes its address at line 65, on every invocation\)`
	if err != nil {
		return err
	}
	if os.Getenv("TRACE") != "" {
		otelaws.AppendMiddlewares(&cfg.APIOptions)
	}
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds .* \(no automatic fix`
	_ = q
	return nil
}

// logged reads the config before it instruments it: moved, the setup would
// run before that read.
func logged(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix`
	if err != nil {
		return err
	}
	println(len(cfg.APIOptions))
	otelaws.AppendMiddlewares(&cfg.APIOptions)
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds .* \(no automatic fix`
	_ = q
	return nil
}

func main() {
	queueRegion = os.Getenv("QUEUE_REGION")
	lambda.Start(handler)
	lambda.Start(traced)
	lambda.Start(logged)
	lambda.Start(withProvider)
	lambda.Start(perRequest)
	lambda.Start(regional)
	lambda.Start(perRegion)
	lambda.Start(local)
	lambda.Start(perEvent)
	lambda.Start(envGated)
	lambda.Start(mainSet)
}

// regional sets a field of its config right after the load: the set-up
// moves with it.
func regional(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	cfg.Region = "eu-west-1"
	cfg.APIOptions = append(cfg.APIOptions, tagRequests)
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	_ = q
	return nil
}

// tagRequests is a middleware of the package's own.
func tagRequests(*middleware.Stack) error { return nil }

type request struct{ Region string }

// perRegion sets the field from the event: nothing moves.
func perRegion(ctx context.Context, r request) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix`
	if err != nil {
		return err
	}
	cfg.Region = r.Region
	_ = cfg
	return nil
}

// local points the config at another region when the environment says so:
// the if moves with the config.
func local(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	if r := os.Getenv("QUEUE_REGION"); r != "" {
		cfg.Region = r
	}
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	_ = q
	return nil
}

// perEvent does so when the event says so: nothing moves.
func perEvent(ctx context.Context, r request) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: cfg is set up when r.Region != "", which can change between invocations\)`
	if err != nil {
		return err
	}
	if r.Region != "" {
		cfg.Region = r.Region
	}
	_ = cfg
	return nil
}

// envGated sets the field from the event when the environment says so:
// nothing moves.
func envGated(ctx context.Context, r request) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: cfg.Region is set from r.Region, which can change between invocations\)`
	if err != nil {
		return err
	}
	if os.Getenv("REGION_FROM_EVENT") != "" {
		cfg.Region = r.Region
	}
	_ = cfg
	return nil
}

// queueRegion is set by main before the handlers start.
var queueRegion string

// mainSet sets the field from what main set: the set-up moves with the
// config, into main after that.
func mainSet(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	cfg.Region = queueRegion
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	_ = q
	return nil
}
