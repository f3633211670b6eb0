// Regexp compiled on first use and kept in a package variable.
package main

import (
	"context"
	"regexp"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var ipRe *regexp.Regexp

func handler(ctx context.Context, evt events.CloudwatchLogsEvent) (int, error) {
	if ipRe == nil {
		ipRe = regexp.MustCompile(`\b(?:\d{1,3}\.){3}\d{1,3}\b`)
	}
	data, err := evt.AWSLogs.Parse()
	if err != nil {
		return 0, err
	}
	hits := 0
	for _, le := range data.LogEvents {
		if strings.Contains(le.Message, "DENY") && ipRe.MatchString(le.Message) {
			hits++
		}
	}
	return hits, nil
}

func main() {
	lambda.Start(handler)
}
