// Package authz is HTTP middleware checking a caller against DynamoDB.
package authz

import (
	"context"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// PerRequest loads the config and builds its client on every request.
func PerRequest(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cfg, err := config.LoadDefaultConfig(r.Context()) // EXPECT: config per request, in middleware another package gives a chi router
		if err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		_ = dynamodb.NewFromConfig(cfg) // EXPECT: client per request, in middleware another package gives a chi router
		next.ServeHTTP(w, r)
	})
}

// WithClient returns middleware over a client built once, when the
// router is set up.
func WithClient(db *dynamodb.Client) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_ = db
			next.ServeHTTP(w, r)
		})
	}
}

// Cached builds its client when it is applied to the router, once: the
// function it returns, which runs per request, only uses it.
func Cached(next http.Handler) http.Handler {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	db := dynamodb.NewFromConfig(cfg)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = db
		next.ServeHTTP(w, r)
	})
}
