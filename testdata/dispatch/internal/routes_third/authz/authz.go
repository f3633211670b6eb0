// Package authz checks sessions.
package authz

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
)

// Require returns middleware that looks the session up in Redis, with a
// client it builds for each request.
func Require(addr string) gin.HandlerFunc {
	return func(c *gin.Context) {
		rdb := redis.NewClient(&redis.Options{Addr: addr}) // EXPECT: what a middleware factory returns runs per request
		if rdb.Exists(c.Request.Context(), c.GetHeader("X-Session")).Val() == 0 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// RequireShared returns middleware that uses one client, built when the
// middleware is made.
func RequireShared(addr string) gin.HandlerFunc {
	rdb := redis.NewClient(&redis.Options{Addr: addr})
	return func(c *gin.Context) {
		if rdb.Exists(c.Request.Context(), c.GetHeader("X-Session")).Val() == 0 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
