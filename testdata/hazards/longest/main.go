// Command longest switches its pattern to leftmost-longest matching when
// the event asks. Built once and shared, the switch would stay for every
// later invocation (Longest cannot be undone): lambdainit reports the
// compile and leaves it where it is, naming the call that changes it.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	re := regexp.MustCompile(`go|golang`)
	if e["posix"] == "true" {
		re.Longest()
	}
	return re.FindString(e["text"]), nil
}

func main() { lambda.Start(handler) }
