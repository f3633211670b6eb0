// Package shapes holds handlers that another package registers: they are
// found by their shape, a handler signature taking an events type.
package shapes

import (
	"context"

	"example.com/awsutil"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// HandleAPI answers API Gateway.
func HandleAPI(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	q := sqs.New(sqs.Options{}) // want `sqs.New builds .* invocation of HandleAPI; create it once outside the handler`
	_ = q
	db := awsutil.NewDynamo(ctx) // want `awsutil.NewDynamo loads the shared config files and resolves credentials \(config.LoadDefaultConfig, awsutil/awsutil.go:13\) and builds a new DynamoDB client and connection pool \(dynamodb.NewFromConfig, awsutil/awsutil.go:14\) on every invocation of HandleAPI; build it once outside the handler$`
	_ = db
	cfg, err := awsutil.Config(ctx) // want `awsutil.Config loads the shared config files .* \(no automatic fix: the error of err's statement is checked later in HandleAPI at line \d+\)`
	_ = cfg
	return events.APIGatewayProxyResponse{Body: awsutil.TableName()}, err
}

// HandleQueue drains SQS batches.
func HandleQueue(ev events.SQSEvent) error {
	_ = sqs.New(sqs.Options{}) // want `sqs.New builds .* invocation of HandleQueue`
	return nil
}

// Parse is no handler: it takes the event but returns a value and no error.
func Parse(req events.APIGatewayProxyRequest) string {
	_ = sqs.New(sqs.Options{})
	return req.Body
}

// Plain takes no events type.
func Plain(ctx context.Context, s string) error {
	_ = sqs.New(sqs.Options{})
	return nil
}

// Store is what a factory's handler needs.
type Store struct{ Table string }

// NewQueueHandler is a factory another package calls once: its own body
// runs in Init, the handler it returns on every invocation.
func NewQueueHandler(s *Store) func(context.Context, events.SQSEvent) error {
	q := sqs.New(sqs.Options{}) // built once, by the factory
	return func(ctx context.Context, ev events.SQSEvent) error {
		_ = q
		_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of the handler returned by NewQueueHandler`
		return nil
	}
}

// HandleVar is a handler held by a package-level variable.
var HandleVar = func(ctx context.Context, ev events.SQSEvent) error {
	_ = sqs.New(sqs.Options{Region: "eu-west-2"}) // want `sqs.New builds .* invocation of HandleVar`
	return nil
}

// notAHandler takes a string: not the shape.
var notAHandler = func(s string) error {
	_ = sqs.New(sqs.Options{})
	return nil
}
