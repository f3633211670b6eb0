package main

import (
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"example.com/cases/dispatch/internal/servemux_chain/catalog"
	"example.com/cases/dispatch/internal/servemux_chain/ddbcatalog"
	"example.com/cases/dispatch/internal/servemux_chain/middleware"
)

func main() {
	items := catalog.ItemsHandler{Items: ddbcatalog.Reader{Table: os.Getenv("CATALOG_TABLE")}}

	mux := http.NewServeMux()
	mux.Handle("/items/", middleware.Chain(items, middleware.Logging, middleware.Recoverer))

	lambda.Start(httpadapter.NewV2(mux).ProxyWithContext)
}
