// Package httphandler serves Lambda function URLs through lambdaurl with an
// http.Handler: a ServeHTTP method and an http.HandlerFunc conversion.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdaurl"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type server struct{}

func (server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	cfg, _ := config.LoadDefaultConfig(r.Context()) // want `config.LoadDefaultConfig loads .* invocation of server.ServeHTTP`
	_ = s3.NewFromConfig(cfg)                       // want `s3.NewFromConfig builds`
}

func download(w http.ResponseWriter, r *http.Request) {
	cfg, _ := config.LoadDefaultConfig(r.Context()) // want `config.LoadDefaultConfig loads .* invocation of download`
	_ = cfg
}

func main() {
	if len("x") > 1 {
		lambdaurl.Start(server{})
	}
	lambda.Start(lambdaurl.Wrap(http.HandlerFunc(download)))
}
