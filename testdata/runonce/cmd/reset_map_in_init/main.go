// Negative: the map of clients is made once, in init.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

const home = "eu-west-1"

var clients map[string]*dynamodb.Client

func init() {
	clients = map[string]*dynamodb.Client{}
}

func client() *dynamodb.Client {
	if c, ok := clients[home]; ok {
		return c
	}
	c := dynamodb.New(dynamodb.Options{Region: home})
	clients[home] = c
	return c
}

func handler(ctx context.Context, key string) error {
	_, err := client().DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String("t"), Key: nil, ConditionExpression: aws.String(key)})
	return err
}

func main() { lambda.Start(handler) }
