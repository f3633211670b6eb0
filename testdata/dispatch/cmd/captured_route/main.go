// A route of another package's router is a closure over what the router
// was given in main: the input it builds from it is the same on every
// invocation.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"

	"example.com/cases/dispatch/internal/capturedroutes/api"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	r := api.NewRouter(&api.Deps{DB: dynamodb.NewFromConfig(cfg), Table: os.Getenv("USERS_TABLE")})
	lambda.Start(ginadapter.New(r).ProxyWithContext)
}
