// The route is a method value of an interface (r.Post("/signup",
// c.SignUp) with c a ctl.Controller): it runs the implementation main
// picks, which compiles its pattern on every request.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	chiadapter "github.com/awslabs/aws-lambda-go-api-proxy/chi"
	"github.com/go-chi/chi/v5"

	"example.com/cases/dispatch/internal/capturedroutes/ctl"
)

func main() {
	r := chi.NewRouter()
	ctl.Mount(r, ctl.Strict())
	lambda.Start(chiadapter.New(r).ProxyWithContext)
}
