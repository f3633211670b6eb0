// Package formsapp serves a gin engine through the API-proxy adapter. Its
// logging middleware is what a factory returns: the factory's body runs
// once, where the engine is built; the middleware it returns runs on
// every request.
package formsapp

import (
	"context"
	"log"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"
)

// App holds the adapter built once.
type App struct{ adapter *ginadapter.GinLambda }

// New builds the engine and its adapter; main calls it once.
func New() *App {
	r := gin.New()
	r.Use(redacting())
	r.POST("/users", createUser)
	return &App{adapter: ginadapter.New(r)}
}

// Handle serves one API Gateway request.
func (a *App) Handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return a.adapter.ProxyWithContext(ctx, req)
}

func redacting() gin.HandlerFunc {
	email := regexp.MustCompile(`[^/@]+@[^/]+`) // once: the factory runs where the engine is built
	return func(c *gin.Context) {
		c.Next()
		log.Print(email.ReplaceAllString(c.Request.URL.Path, "<redacted>"))
	}
}

func createUser(c *gin.Context) {
	valid := regexp.MustCompile(`^[^@]+@[^@]+$`) // EXPECT: a route's constant pattern, compiled per request
	if !valid.MatchString(c.PostForm("email")) {
		c.Status(400)
		return
	}
	c.Status(201)
}
