// Package awsx keeps the SDK configuration in package variables that the
// handler sets at the top of every invocation: to the same value each
// time (Init), or to one the event names (Use).
package awsx

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

var (
	Ctx context.Context
	Cfg aws.Config
	err error

	// Regional is set from the event by Use.
	Regional aws.Config
)

// Init loads the configuration again, with constant options: what it
// sets is the same on every call.
func Init() {
	Ctx = context.TODO()
	Cfg, err = config.LoadDefaultConfig(Ctx, config.WithDefaultRegion("us-east-1")) // reported where the handler calls Init
	if err != nil {
		panic(err)
	}
}

// Use points Regional at the region it is given.
func Use(region string) {
	Regional = aws.Config{Region: region}
}
