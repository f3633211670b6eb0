package web

import "net/http"

var Mux = http.NewServeMux()

func init() {
	Mux.HandleFunc("GET /files/{name}", getFile)
	Mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
}
