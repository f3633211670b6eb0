// A map of clients by region, made anew at the start of every
// invocation: the lookup misses and the client is built every time.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

const home = "eu-west-1"

var clients map[string]*dynamodb.Client

func client() *dynamodb.Client {
	if c, ok := clients[home]; ok {
		return c
	}
	c := dynamodb.New(dynamodb.Options{Region: home}) // EXPECT: the map is made anew on every invocation
	clients[home] = c
	return c
}

func handler(ctx context.Context, key string) error {
	clients = map[string]*dynamodb.Client{}
	_, err := client().DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String("t"), Key: nil, ConditionExpression: aws.String(key)})
	return err
}

func main() { lambda.Start(handler) }
