// Package orders serves the orders resource.
package orders

import (
	"net/http"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/gin-gonic/gin"
)

// List answers GET /orders with a client of its own.
func List(c *gin.Context) {
	db := dynamodb.New(dynamodb.Options{Region: "eu-west-1"}) // EXPECT: a route of a third package, registered by the routes package main calls
	_ = db
	c.Status(http.StatusOK)
}

// API serves orders with the client it is given.
type API struct{ DB *dynamodb.Client }

// Get answers GET /orders/:id.
func (a *API) Get(c *gin.Context) {
	_ = a.DB
	c.Status(http.StatusOK)
}
