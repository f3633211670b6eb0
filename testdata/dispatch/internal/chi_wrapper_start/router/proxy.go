package router

import (
	"io"
	"net/http"
	"time"
)

func healthz(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) }

func proxyImage(w http.ResponseWriter, r *http.Request) {
	client := &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{ // EXPECT: http.Transport literal per request (chi route served by adapter in lambda.Start literal)
			MaxIdleConns:    10,
			IdleConnTimeout: 30 * time.Second,
		},
	}
	resp, err := client.Get(r.URL.Query().Get("url"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	_, _ = io.Copy(w, resp.Body)
}
