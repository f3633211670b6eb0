// Validation regexps compiled inside the handler from constant patterns.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

const slugPattern = `^[a-z0-9]+(?:-[a-z0-9]+)*$`

func handler(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	slugRe := regexp.MustCompile(slugPattern)                     // EXPECT: regexp from a package constant
	emailRe := regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`) // EXPECT: regexp from a literal

	if !slugRe.MatchString(req.PathParameters["slug"]) || !emailRe.MatchString(req.QueryStringParameters["email"]) {
		return events.APIGatewayV2HTTPResponse{StatusCode: 400}, nil
	}

	// The caller's own filter: depends on the request, not reportable.
	if f := req.QueryStringParameters["filter"]; f != "" {
		if _, err := regexp.Compile(f); err != nil {
			return events.APIGatewayV2HTTPResponse{StatusCode: 422}, nil
		}
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 204}, nil
}

func main() {
	lambda.Start(handler)
}
