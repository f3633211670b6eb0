package router

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	chiadapter "github.com/awslabs/aws-lambda-go-api-proxy/chi"
	"github.com/go-chi/chi/v5"
)

type RouterWrapper struct {
	mux *chi.Mux
}

func New() RouterWrapper {
	mux := chi.NewRouter()
	mux.Get("/healthz", healthz)
	mux.Get("/proxy/image", proxyImage)
	return RouterWrapper{mux: mux}
}

func (rw RouterWrapper) StartLambda() {
	lambda.Start(func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		return chiadapter.NewV2(rw.mux).ProxyWithContextV2(ctx, req) // EXPECT: chiadapter.NewV2 per invocation (inside func literal passed to lambda.Start)
	})
}
