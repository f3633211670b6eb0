// Package gin is a stub of github.com/gin-gonic/gin.
package gin

import "net/http"

type Context struct{ Request *http.Request }

type HandlerFunc func(*Context)

type IRoutes interface{}

type RouterGroup struct{}

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes  { return nil }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

type Engine struct{ RouterGroup }

func Default() *Engine { return &Engine{} }

func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
