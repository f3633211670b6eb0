// Package authmw builds middleware from factories of factories:
// Auth(cfg) returns a Middleware, which returns the Handler that serves
// each request.
package authmw

import (
	"context"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Handler serves one request.
type Handler func(ctx context.Context, token string) (string, error)

// Middleware wraps a Handler.
type Middleware func(Handler) Handler

// Chain applies the middleware to h, the first outermost.
func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// Auth checks the token against a bucket, with a client it builds on
// every request.
func Auth(cfg aws.Config) Middleware {
	bearer := regexp.MustCompile(`^Bearer (.+)$`) // once: Auth runs where main builds the chain
	return func(next Handler) Handler {
		return func(ctx context.Context, token string) (string, error) {
			if !bearer.MatchString(token) {
				return "", nil
			}
			params := s3.NewFromConfig(cfg) // EXPECT: two closures down, a client per request from the configuration Auth was given
			if _, err := params.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(token)}); err != nil {
				return "", err
			}
			return next(ctx, token)
		}
	}
}

// AuthOnce builds its client when it is applied.
func AuthOnce(cfg aws.Config) Middleware {
	return func(next Handler) Handler {
		params := s3.NewFromConfig(cfg) // once per chain: the middleware is applied where main builds the chain
		return func(ctx context.Context, token string) (string, error) {
			if _, err := params.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(token)}); err != nil {
				return "", err
			}
			return next(ctx, token)
		}
	}
}
