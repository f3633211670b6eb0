package httpapi

import (
	"net/http"
	"regexp"

	"github.com/gin-gonic/gin"
)

var slugRe = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)

func validateSlug(c *gin.Context) {
	if s := c.Param("slug"); s != "" && !slugRe.MatchString(s) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Next()
}

func NewRouter(h *Handlers) *gin.Engine {
	r := gin.New()
	todos := r.Group("/todos", validateSlug)
	todos.GET("", h.ListTodos)
	todos.GET("/:slug", h.GetTodo)
	return r
}
