// Package api registers the users routes on a gin engine; the handlers
// are closures over what NewRouter is given.
package api

import (
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/gin-gonic/gin"
)

// Deps are built in main.
type Deps struct {
	DB    *dynamodb.Client
	Table string
}

// NewRouter registers the status route, which describes the table main
// named: the same request on every call.
func NewRouter(d *Deps) *gin.Engine {
	r := gin.New()
	r.GET("/status", func(c *gin.Context) {
		out, err := d.DB.DescribeTable(c.Request.Context(), &dynamodb.DescribeTableInput{TableName: aws.String(d.Table)}) // EXPECT: the route's input is built from what the router was given, once
		if err != nil {
			c.Status(http.StatusServiceUnavailable)
			return
		}
		c.JSON(http.StatusOK, gin.H{"status": out.Table.TableStatus})
	})
	return r
}

// Tenant is what a request's tenant resolves to.
type Tenant func(c *gin.Context) string

// NewTenantRouter registers the status route for the table the request's
// tenant names: different on every request.
func NewTenantRouter(d *Deps, tenant Tenant) *gin.Engine {
	r := gin.New()
	r.GET("/status", func(c *gin.Context) {
		out, err := d.DB.DescribeTable(c.Request.Context(), &dynamodb.DescribeTableInput{TableName: aws.String(d.Table + "-" + tenant(c))})
		if err != nil {
			c.Status(http.StatusServiceUnavailable)
			return
		}
		c.JSON(http.StatusOK, gin.H{"status": out.Table.TableStatus})
	})
	return r
}
