// Package auth checks the caller's API key against the one kept in SSM.
package auth

import (
	"context"
	"os"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/chaingeneric/api"
)

// RequireKey rejects requests whose key is not in the keys table. The
// decorator it returns is applied once, in main; the handler it returns
// runs on every request.
func RequireKey(cfg aws.Config) func(api.Handler) api.Handler {
	format := regexp.MustCompile(`^[a-f0-9]{32}$`) // once, where main calls RequireKey
	return func(next api.Handler) api.Handler {
		return func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
			key := req.Headers["x-api-key"]
			if !format.MatchString(key) {
				return events.APIGatewayV2HTTPResponse{StatusCode: 401}, nil
			}
			db := dynamodb.NewFromConfig(cfg)                                                                                              // EXPECT: the innermost closure builds a client per request
			if _, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(os.Getenv("KEYS_TABLE"))}); err != nil { // EXPECT: the same table every request
				return events.APIGatewayV2HTTPResponse{StatusCode: 503}, err
			}
			return next(ctx, req)
		}
	}
}

// RequireKeyShared is RequireKey with the client built where main calls it.
func RequireKeyShared(cfg aws.Config) func(api.Handler) api.Handler {
	db := dynamodb.NewFromConfig(cfg)
	return func(next api.Handler) api.Handler {
		return func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
			if _, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("keys"), Key: nil, ProjectionExpression: aws.String(req.Headers["x-api-key"])}); err != nil {
				return events.APIGatewayV2HTTPResponse{StatusCode: 401}, nil
			}
			return next(ctx, req)
		}
	}
}
