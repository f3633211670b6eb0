// The route's closure also reads what the request's tenant resolves to:
// its input differs on every request, and nothing is reported.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"

	"example.com/cases/dispatch/internal/capturedroutes/api"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	deps := &api.Deps{DB: dynamodb.NewFromConfig(cfg), Table: os.Getenv("USERS_TABLE")}
	r := api.NewTenantRouter(deps, func(c *gin.Context) string { return c.GetHeader("X-Tenant") })
	lambda.Start(ginadapter.New(r).ProxyWithContext)
}
