// Command fiberfn serves a fiber app through the api-proxy adapter: the
// handlers of its routes, and of its groups' routes, run per invocation.
package main

import (
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"
	fiberadapter "github.com/awslabs/aws-lambda-go-api-proxy/fiber"
	"github.com/gofiber/fiber/v2"
	"go.uber.org/zap"
)

func list(c *fiber.Ctx) error {
	re := regexp.MustCompile(`^[a-z]+$`) // want `regexp.MustCompile compiles .* invocation of list`
	return c.SendString(re.String())
}

func put(c *fiber.Ctx) error {
	logger, err := zap.NewProduction() // want `zap.NewProduction builds a new logger and its sinks on every invocation of put`
	if err != nil {
		return err
	}
	logger.Info("put")
	return nil
}

func main() {
	app := fiber.New()
	app.Get("/list", list)
	api := app.Group("/api") // a fiber.Router
	api.Post("/put", put)
	lambda.Start(fiberadapter.New(app).ProxyWithContext)
}
