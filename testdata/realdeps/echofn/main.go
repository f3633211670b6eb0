// Command echofn serves an echo router through the api-proxy adapter: the
// handlers of its routes, and of its groups' routes, run per invocation.
package main

import (
	"net/http"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"
	echoadapter "github.com/awslabs/aws-lambda-go-api-proxy/echo"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
)

var word = regexp.MustCompile(`^[a-z]+$`) // package level: built once

func list(c echo.Context) error {
	re := regexp.MustCompile(`^[0-9]+$`) // want `regexp.MustCompile compiles the same regular expression again on every invocation of list`
	return c.String(http.StatusOK, re.String()+word.String())
}

func get(c echo.Context) error {
	rdb := redis.NewClient(&redis.Options{Addr: "cache:6379"}) // want `redis.NewClient builds a new Redis client and connection pool on every invocation of get`
	return c.String(http.StatusOK, rdb.String())
}

func put(c echo.Context) error {
	re := regexp.MustCompile(`^put$`) // want `regexp.MustCompile compiles .* invocation of put`
	return c.String(http.StatusOK, re.String())
}

func unrouted(c echo.Context) error {
	_ = regexp.MustCompile(`x`) // routed on an echo that is never served
	return nil
}

func main() {
	e := echo.New()
	e.GET("/list", list)
	api := e.Group("/api")
	api.GET("/get/:id", get)
	e.Group("/v2").POST("/put", put)

	other := echo.New()
	other.GET("/x", unrouted)
	_ = other

	lambda.Start(echoadapter.New(e).ProxyWithContext)
}
