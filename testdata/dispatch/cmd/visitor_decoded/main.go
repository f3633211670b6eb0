// A visitor across packages: the handler decodes the message into an
// event (a value another package builds on every call: a local struct
// decoded in place, a new pointer) and lets it accept the projector main
// built. The interface call reaches each event type's Accept, which calls
// the projector back: the values made with var and new are the types the
// program converts to the interface. What the projector builds the same
// way every time is reported at the call; the input it builds from the
// event it is handed is not, since that event is new on every invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/visitdomain"
	"example.com/cases/dispatch/internal/visitproj"
)

func handler(v visitdomain.Visitor) func(context.Context, events.SQSEvent) error {
	return func(ctx context.Context, ev events.SQSEvent) error {
		for _, m := range ev.Records {
			e, err := visitdomain.Decode(m.MessageAttributes["kind"].DataType, []byte(m.Body))
			if err != nil {
				return err
			}
			if err := e.Accept(ctx, v); err != nil {
				return err
			}
		}
		return nil
	}
}

func main() {
	p := &visitproj.Projector{DB: dynamodb.New(dynamodb.Options{Region: "eu-west-1"}), Table: os.Getenv("PARCELS")}
	lambda.Start(handler(p))
}
