// Package defaultmux registers its routes on http.DefaultServeMux, with
// http.HandleFunc and http.Handle, and serves it through algnhsa (nil means
// the default mux), lambdaurl or the api-proxy adapter.
package main

import (
	"net/http"
	"os"
	"regexp"

	"github.com/akrylysov/algnhsa"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdaurl"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
)

func list(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^list$`) // want `regexp.MustCompile compiles .* invocation of list`
	_, _ = w.Write([]byte(re.String()))
}

func get(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^get$`) // want `regexp.MustCompile compiles .* invocation of get`
	_, _ = w.Write([]byte(re.String()))
}

func routes() {
	http.Handle("/get", http.HandlerFunc(get))
}

func main() {
	http.HandleFunc("/list", list)
	routes()
	switch os.Getenv("MODE") {
	case "url":
		lambdaurl.Start(http.DefaultServeMux)
	case "proxy":
		lambda.Start(httpadapter.New(http.DefaultServeMux).ProxyWithContext)
	default:
		algnhsa.ListenAndServe(nil, nil)
	}
}
