// Command chifn serves a chi router through lambdaurl: the handlers of its
// routes run per invocation, including those registered inside Route and
// Group, whose own function runs once while the router is built, those of
// a mounted router, and those a helper of this package registers.
package main

import (
	"net/http"
	"regexp"

	"github.com/aws/aws-lambda-go/lambdaurl"
	"github.com/go-chi/chi/v5"
)

func list(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^[a-z]+$`) // want `regexp.MustCompile compiles .* invocation of list`
	_, _ = w.Write([]byte(re.String()))
}

func get(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^get$`) // want `regexp.MustCompile compiles .* invocation of get`
	_, _ = w.Write([]byte(re.String()))
}

func put(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^put$`) // want `regexp.MustCompile compiles .* invocation of put`
	_, _ = w.Write([]byte(re.String()))
}

func stats(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^stats$`) // want `regexp.MustCompile compiles .* invocation of stats`
	_, _ = w.Write([]byte(re.String()))
}

func health(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^ok$`) // want `regexp.MustCompile compiles .* invocation of health`
	_, _ = w.Write([]byte(re.String()))
}

func notFound(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^404$`) // want `regexp.MustCompile compiles .* invocation of notFound`
	http.Error(w, re.String(), http.StatusNotFound)
}

func unserved(w http.ResponseWriter, r *http.Request) {
	_ = regexp.MustCompile(`^no$`) // on a router that is never served
}

// register adds routes to the router it is given.
func register(r chi.Router, prefix string) {
	_ = regexp.MustCompile(`^once$`) // runs once, while the router is built
	r.Get(prefix+"/health", health)
}

func main() {
	r := chi.NewRouter()
	r.Get("/list", list)
	r.Route("/api", func(r chi.Router) {
		id := regexp.MustCompile(`^[0-9]+$`) // runs once, while the router is built
		r.Get("/get", get)
		r.Get("/id", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte(id.String()))
		})
	})
	r.Group(func(g chi.Router) {
		g.Post("/put", put)
	})
	admin := chi.NewRouter()
	admin.Get("/stats", stats)
	r.Mount("/admin", admin)
	register(r, "/v1")
	r.NotFound(notFound)

	other := chi.NewRouter()
	other.Get("/no", unserved)
	register(other, "/v2")

	lambdaurl.Start(r)
}
