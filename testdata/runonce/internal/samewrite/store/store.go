// Package store builds its clients from what awsx holds.
package store

import (
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/samewrite/awsx"
)

// Table builds a DynamoDB client from the configuration awsx.Init set.
func Table() *dynamodb.Client {
	return dynamodb.NewFromConfig(awsx.Cfg) // EXPECT: built per invocation from a configuration the handler sets to the same value each time
}

// RegionalTable builds one from the configuration awsx.Use set.
func RegionalTable() *dynamodb.Client {
	return dynamodb.NewFromConfig(awsx.Regional) // varies: Use set it from the event
}
