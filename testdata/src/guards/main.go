// Package guards covers caches a handler checks before it builds (each is
// built once: no finding), a receiver another method changes per
// invocation (no finding), and routes behind an adapter set up in init,
// registered directly or reached through a handler that forwards to it.
package main

import (
	"context"
	"net/http"
	"sync"
	"sync/atomic"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
)

var adapter *httpadapter.HandlerAdapter

func init() {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", routeA)
	adapter = httpadapter.New(mux)
}

func routeA(w http.ResponseWriter, r *http.Request) {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of forward \(via routeA\)`
}

// forward hands the event to the adapter: the adapter's routes run.
func forward(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return adapter.ProxyWithContext(ctx, req)
}

var queue *sqs.Client

// reconnecting rebuilds only when the cached client is missing or broken.
func reconnecting(ctx context.Context) error {
	if queue == nil || queue.Options().Region == "" {
		queue = sqs.New(sqs.Options{Region: "eu-west-1"})
	}
	return nil
}

var ptr atomic.Pointer[sqs.Client]

// atomicCache keeps its client in an atomic.Pointer.
func atomicCache(ctx context.Context) error {
	c := ptr.Load()
	if c == nil {
		c = sqs.New(sqs.Options{Region: "eu-west-1"})
		ptr.Store(c)
	}
	_ = c
	return nil
}

var clients sync.Map

// mapCache keeps its clients in a sync.Map.
func mapCache(ctx context.Context) error {
	v, ok := clients.Load("eu-west-1")
	if !ok {
		v, _ = clients.LoadOrStore("eu-west-1", sqs.New(sqs.Options{Region: "eu-west-1"}))
	}
	_ = v
	return nil
}

// notACache loads from one map and stores into another: not a guard.
func notACache(ctx context.Context) error {
	var other sync.Map
	if _, ok := clients.Load("k"); !ok {
		other.Store("k", sqs.New(sqs.Options{Region: "eu-west-1"})) // want `sqs.New builds .* invocation of notACache`
	}
	return nil
}

type service struct{ region string }

func (s *service) configure(region string) { s.region = region }

// handle sets its receiver's region from the event first: what it builds
// from s.region varies.
func (s *service) handle(ctx context.Context, ev map[string]string) error {
	s.configure(ev["region"])
	_ = sqs.New(sqs.Options{Region: s.region})
	return nil
}

type fixed struct{ region string }

// handle reads a receiver nothing changes after main: built the same way
// every time.
func (f *fixed) handle(ctx context.Context) error {
	_ = sqs.New(sqs.Options{Region: f.region}) // want `sqs.New builds .* invocation of fixed.handle`
	return nil
}

type queueHandler func(context.Context, string) error

// withClient is a middleware: its body runs once, when main applies it;
// the function it returns runs per invocation.
func withClient(next queueHandler) queueHandler {
	shared := sqs.New(sqs.Options{Region: "eu-west-1"}) // built once per chain: no finding
	return func(ctx context.Context, ev string) error {
		_ = shared
		_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of onQueue`
		return next(ctx, ev)
	}
}

func chain(h queueHandler, mws ...func(queueHandler) queueHandler) queueHandler {
	for _, mw := range mws {
		h = mw(h)
	}
	return h
}

func onQueue(ctx context.Context, ev string) error {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of onQueue`
	return nil
}

func main() {
	lambda.Start(chain(onQueue, withClient))
	lambda.Start(forward)
	lambda.Start(reconnecting)
	lambda.Start(atomicCache)
	lambda.Start(mapCache)
	lambda.Start(notACache)
	s := &service{region: "eu-west-1"}
	lambda.Start(s.handle)
	f := &fixed{region: "eu-west-1"}
	lambda.Start(f.handle)
}
