// The same route, with the implementation that compiled its pattern once:
// nothing is reported (the strict one is never converted here).
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	chiadapter "github.com/awslabs/aws-lambda-go-api-proxy/chi"
	"github.com/go-chi/chi/v5"

	"example.com/cases/dispatch/internal/capturedroutes/ctl"
)

func main() {
	r := chi.NewRouter()
	ctl.Mount(r, ctl.Lenient())
	lambda.Start(chiadapter.New(r).ProxyWithContext)
}
