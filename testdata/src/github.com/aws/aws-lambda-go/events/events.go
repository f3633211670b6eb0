// Package events is a stub of github.com/aws/aws-lambda-go/events.
package events

type APIGatewayProxyRequest struct {
	Path           string
	PathParameters map[string]string
	Body           string
}

type APIGatewayProxyResponse struct {
	StatusCode int
	Body       string
}

type SQSMessage struct{ Body string }

type SQSEvent struct{ Records []SQSMessage }

type LambdaFunctionURLRequest struct{ RawPath string }

type LambdaFunctionURLStreamingResponse struct{ StatusCode int }
