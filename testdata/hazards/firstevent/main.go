// Command firstevent keeps the settings of the first event it sees, then
// compiles the pattern they give on every invocation: the same pattern
// each time, so lambdainit reports the compile. It cannot move it: the
// settings exist only once the first invocation has filled them, so code
// run at Init, or at the top of the handler, would read them unset.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"
)

type settings struct{ Pattern string }

var first *settings

func handler(ctx context.Context, e map[string]string) (bool, error) {
	if first == nil {
		first = &settings{Pattern: e["pattern"]}
	}
	re := regexp.MustCompile(first.Pattern)
	return re.MatchString(e["text"]), nil
}

func main() {
	lambda.Start(handler)
}
