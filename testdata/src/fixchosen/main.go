// Package fixchosen picks its handler at run time: from a table indexed by
// the environment, or from a variable a switch sets. Each function is a
// handler, and only one runs in a given process: moved to init or main,
// the Init work of every one would run in all of them, so each lands
// lazily, on its own first invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func upload(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* invocation of upload`
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds .* invocation of upload`
	return nil
}

func notify(ctx context.Context) error {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of notify`
	return nil
}

var handlers = map[string]func(context.Context) error{
	"upload": upload,
	"notify": notify,
}

func store(ctx context.Context) error {
	_ = dynamodb.New(dynamodb.Options{Region: "eu-west-1"}) // want `dynamodb.New builds .* invocation of store`
	return nil
}

func audit(ctx context.Context) error {
	_ = sqs.New(sqs.Options{Region: "eu-west-2"}) // want `sqs.New builds .* invocation of audit`
	return nil
}

// plugins is written after initialisation: what it holds is not known.
var plugins = map[string]func(context.Context) error{}

func plugin(ctx context.Context) error {
	_ = sqs.New(sqs.Options{Region: "eu-west-3"}) // not a handler: plugins is not followed
	return nil
}

func main() {
	switch os.Getenv("MODE") {
	case "table":
		lambda.Start(handlers[os.Getenv("HANDLER")])
	case "plugin":
		plugins["p"] = plugin
		lambda.Start(plugins[os.Getenv("HANDLER")])
	}
	var h func(context.Context) error
	if os.Getenv("AUDIT") != "" {
		h = audit
	} else {
		h = store
	}
	lambda.Start(h)
}
