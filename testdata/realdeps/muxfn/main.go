// Command muxfn serves a gorilla/mux router through the api-proxy adapter:
// the handlers of its routes, and of its subrouters' routes, run per
// invocation.
package main

import (
	"database/sql"
	"net/http"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/gorillamux"
	"github.com/gorilla/mux"
)

func list(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^[a-z]+$`) // want `regexp.MustCompile compiles .* invocation of list`
	_, _ = w.Write([]byte(re.String()))
}

func get(w http.ResponseWriter, r *http.Request) {
	db, err := sql.Open("postgres", "postgres://app@db/app") // want `sql.Open opens a new database connection pool on every invocation of get`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = db.PingContext(r.Context())
}

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/list", list).Methods(http.MethodGet)
	api := r.PathPrefix("/api").Subrouter()
	api.Handle("/get", http.HandlerFunc(get))
	lambda.Start(gorillamux.New(r).ProxyWithContext)
}
