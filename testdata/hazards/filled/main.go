// Command filled decodes its settings in main, through the pointer a
// package variable holds, then starts the handler, which compiles the
// pattern the settings give on every invocation. Moved to init, the
// compile would run before main decodes: the pattern would be empty and
// match everything. lambdainit lands it in main, after the decode.
package main

import (
	"context"
	"encoding/json"
	"os"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"
)

type settings struct{ Pattern string }

var cfg = &settings{}

func handler(ctx context.Context, e map[string]string) (bool, error) {
	re := regexp.MustCompile(cfg.Pattern)
	return re.MatchString(e["text"]), nil
}

func main() {
	if err := json.Unmarshal([]byte(os.Getenv("SETTINGS")), cfg); err != nil {
		panic(err)
	}
	lambda.Start(handler)
}
