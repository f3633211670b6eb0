package api

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

func Register(r *gin.Engine) {
	r.Use(gin.Recovery())
	v1 := r.Group("/v1", requireAPIKey)
	{
		v1.GET("/health", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
		v1.GET("/reports/:id", reportMeta)
	}
}

func requireAPIKey(c *gin.Context) {
	if c.GetHeader("x-api-key") != os.Getenv("API_KEY") {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Next()
}
