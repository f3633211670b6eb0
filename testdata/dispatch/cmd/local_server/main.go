// Negative: routes that only a local development server serves. The
// Lambda handler serves its own chi router through the adapter built in
// main; the debug routes are on a ServeMux handed to http.ListenAndServe,
// and the admin routes on a gorilla router set as an http.Server's
// Handler, both when LOCAL is set. Neither runs on an invocation.
package main

import (
	"context"
	"net/http"
	"os"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	chiadapter "github.com/awslabs/aws-lambda-go-api-proxy/chi"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

func api() *chi.Mux {
	r := chi.NewRouter()
	r.Get("/ping", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("pong")) })
	return r
}

func debugServer() error {
	m := http.NewServeMux()
	m.Handle("/", api())
	m.HandleFunc("/debug/clean", func(w http.ResponseWriter, r *http.Request) {
		unsafe := regexp.MustCompile(`[^a-z0-9/]`)
		_, _ = w.Write([]byte(unsafe.ReplaceAllString(r.URL.Path, "")))
	})
	return http.ListenAndServe(":3000", m)
}

func adminServer() error {
	r := mux.NewRouter()
	r.HandleFunc("/admin/{id}", func(w http.ResponseWriter, req *http.Request) {
		id := regexp.MustCompile(`^[0-9]+$`)
		if !id.MatchString(mux.Vars(req)["id"]) {
			w.WriteHeader(http.StatusBadRequest)
		}
	})
	srv := &http.Server{Addr: ":3001", Handler: r}
	return srv.ListenAndServe()
}

func main() {
	if os.Getenv("LOCAL") != "" {
		go func() { _ = adminServer() }()
		_ = debugServer()
		return
	}
	adapter := chiadapter.New(api())
	lambda.Start(func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
		return adapter.ProxyWithContext(ctx, req)
	})
}
