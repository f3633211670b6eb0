// Package routes wires the HTTP API from the other packages.
package routes

import (
	"github.com/gin-gonic/gin"

	"example.com/cases/dispatch/internal/routes_third/authz"
	"example.com/cases/dispatch/internal/routes_third/orders"
)

// Register adds the routes to r.
func Register(r *gin.Engine, redisAddr string) {
	api := r.Group("/api", authz.Require(redisAddr))
	api.GET("/orders", orders.List)
}

// RegisterShared adds the routes with handlers that share their clients.
func RegisterShared(r *gin.Engine, redisAddr string, a *orders.API) {
	api := r.Group("/api", authz.RequireShared(redisAddr))
	api.GET("/orders/:id", a.Get)
}
