// The same delegating handler, with the client and the template built
// once in newServer and kept on the server: nothing is reported.
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
	hc     *http.Client
	page   *template.Template
}

func newServer() *server {
	s := &server{
		router: mux.NewRouter(),
		hc:     &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConns: 16}},
		page:   template.Must(template.New("page").Parse(`<h1>{{.}}</h1>`)),
	}
	s.router.PathPrefix("/proxy/").HandlerFunc(s.proxy)
	s.router.Methods(http.MethodGet).Path("/page").HandlerFunc(s.render)
	return s
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.router.ServeHTTP(w, r) }

func (s *server) proxy(w http.ResponseWriter, r *http.Request) {
	resp, err := s.hc.Get(upstream + r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	_, _ = io.Copy(w, resp.Body)
}

func (s *server) render(w http.ResponseWriter, r *http.Request) {
	_ = s.page.Execute(w, r.URL.Query().Get("title"))
}

func main() {
	lambdaurl.Start(newServer())
}
