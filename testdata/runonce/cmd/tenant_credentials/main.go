// Tenant-scoped credentials handed over by the authorizer: each call gets its
// own credentials, so its own config and client.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	auth := req.RequestContext.Authorizer
	creds := credentials.NewStaticCredentialsProvider(
		fmt.Sprint(auth["accessKeyId"]),
		fmt.Sprint(auth["secretAccessKey"]),
		fmt.Sprint(auth["sessionToken"]),
	)
	cfg, err := config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(creds))
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	db := dynamodb.NewFromConfig(cfg)

	out, err := db.Query(ctx, &dynamodb.QueryInput{
		TableName:              aws.String("documents"),
		KeyConditionExpression: aws.String("tenant = :t"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":t": &types.AttributeValueMemberS{Value: fmt.Sprint(auth["tenant"])},
		},
	})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 403}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: fmt.Sprint(out.Count)}, nil
}

func main() {
	lambda.Start(handler)
}
