// Package gate checks API keys before the routes run.
package gate

import (
	"net/http"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Keys wraps next with a check against the keys in SQS,
// read with a client built for each request.
func Keys(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sm := sqs.New(sqs.Options{Region: "eu-west-1"}) // EXPECT: middleware wrapping the whole mux that the adapter serves
		_ = sm
		next.ServeHTTP(w, r)
	})
}

// KeysShared is Keys with one client, made when the middleware is.
func KeysShared(next http.Handler) http.Handler {
	sm := sqs.New(sqs.Options{Region: "eu-west-1"})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = sm
		next.ServeHTTP(w, r)
	})
}
