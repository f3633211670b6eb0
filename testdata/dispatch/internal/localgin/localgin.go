// Package localgin registers the service's routes on a gin engine.
package localgin

import (
	"net/http"
	"regexp"

	"github.com/gin-gonic/gin"
)

// Register adds the routes to r.
func Register(r gin.IRoutes) {
	r.GET("/orders/:id", func(c *gin.Context) {
		id := regexp.MustCompile(`^[0-9]+$`)
		if !id.MatchString(c.Param("id")) {
			c.Status(http.StatusBadRequest)
		}
	})
}

// RunLocal serves a router of its own with a health check on a local
// port: no adapter serves it.
func RunLocal() error {
	r := gin.New()
	r.GET("/healthz", func(c *gin.Context) {
		ok := regexp.MustCompile(`^ok$`)
		c.String(http.StatusOK, "%v", ok.MatchString("ok"))
	})
	return r.Run(":8080")
}
