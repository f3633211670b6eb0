// Package gate checks API keys before the routes run.
package gate

import (
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Keys wraps next with a check against the keys in SQS,
// read with a client built for each request.
func Keys(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sm := sqs.New(sqs.Options{Region: "eu-west-1"})                                                              // EXPECT: middleware wrapping the whole mux that the adapter serves
		if _, err := sm.GetQueueUrl(r.Context(), &sqs.GetQueueUrlInput{QueueName: aws.String("keys")}); err != nil { // EXPECT: an input of constants in the returned literal
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// KeysShared is Keys with one client, made when the middleware is.
func KeysShared(next http.Handler) http.Handler {
	sm := sqs.New(sqs.Options{Region: "eu-west-1"})
	in := &sqs.GetQueueUrlInput{QueueName: aws.String("keys")}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := sm.GetQueueUrl(r.Context(), in); err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		next.ServeHTTP(w, r)
	})
}
