// Command urlfn serves a Lambda function URL through lambdaurl.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambdaurl"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func serve(w http.ResponseWriter, r *http.Request) {
	cfg, err := config.LoadDefaultConfig(r.Context()) // want `config.LoadDefaultConfig loads .* invocation of serve`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds`
}

func main() { lambdaurl.Start(http.HandlerFunc(serve)) }
