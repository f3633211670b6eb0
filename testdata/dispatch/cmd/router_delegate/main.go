// A handler type whose ServeHTTP hands each request to the gorilla router
// it holds, served by lambdaurl: the routes run on every invocation, also
// those set on a route the router returns (r.PathPrefix("/proxy/").
// HandlerFunc(s.proxy)). What they build is Init work.
package main

import (
	"html/template"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambdaurl"
	"github.com/gorilla/mux"
)

var upstream = os.Getenv("UPSTREAM")

type server struct {
	router *mux.Router
}

func newServer() *server {
	s := &server{router: mux.NewRouter()}
	s.router.PathPrefix("/proxy/").HandlerFunc(s.proxy)
	s.router.Methods(http.MethodGet).Path("/page").HandlerFunc(s.page)
	return s
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.router.ServeHTTP(w, r) }

func (s *server) proxy(w http.ResponseWriter, r *http.Request) {
	hc := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConns: 16}} // EXPECT: a client with its own pool for every request
	resp, err := hc.Get(upstream + r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	_, _ = io.Copy(w, resp.Body)
}

func (s *server) page(w http.ResponseWriter, r *http.Request) {
	t := template.Must(template.New("page").Parse(`<h1>{{.}}</h1>`)) // EXPECT: the same template parsed for every request
	_ = t.Execute(w, r.URL.Query().Get("title"))
}

func main() {
	lambdaurl.Start(newServer())
}
