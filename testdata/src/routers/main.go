// Package routers serves HTTP routers through lambdaurl, algnhsa and the
// api-proxy adapter: the handlers of their routes run per invocation.
// main serves one router or another by mode, so their Init work lands
// lazily, on first use: the other mode does not pay for it.
package main

import (
	"net/http"
	"os"

	"github.com/akrylysov/algnhsa"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdaurl"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
)

func list(w http.ResponseWriter, r *http.Request) {
	cfg, err := config.LoadDefaultConfig(r.Context()) // want `config.LoadDefaultConfig loads .* invocation of list`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds`
}

func get(w http.ResponseWriter, r *http.Request) {
	_ = sqs.New(sqs.Options{}) // want `sqs.New builds .* invocation of get`
}

func proxied(w http.ResponseWriter, r *http.Request) {
	_ = sqs.New(sqs.Options{}) // want `sqs.New builds .* invocation of proxied`
}

func unrouted(w http.ResponseWriter, r *http.Request) {
	_ = sqs.New(sqs.Options{}) // registered on no router that is served
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/list", list)
	mux.Handle("/get", http.HandlerFunc(get))

	other := http.NewServeMux()
	other.HandleFunc("/x", unrouted)
	_ = other

	switch os.Getenv("MODE") {
	case "url":
		lambdaurl.Start(mux)
	case "algnhsa":
		algnhsa.ListenAndServe(mux, nil)
	default:
		api := http.NewServeMux()
		api.HandleFunc("/p", proxied)
		adapter := httpadapter.New(api)
		lambda.Start(adapter.ProxyWithContext)
	}
}
