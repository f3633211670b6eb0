// Package fillers sets the fields of the inputs it is handed: a target
// for a state machine, and a generic stamp for any input with a table.
package fillers

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
)

// Target points a start request at the state machine arn, naming it
// when a name is given.
func Target(in *sfn.StartExecutionInput, arn string) {
	in.StateMachineArn = aws.String(arn)
	if in.Name == nil {
		in.Input = aws.String(`{"source":"schedule"}`)
	}
}

// WithInput sets the execution input and gives the request back.
func WithInput(in *sfn.StartExecutionInput, body string) *sfn.StartExecutionInput {
	in.Input = aws.String(body)
	return in
}
