// Shared HTTP client with a tuned transport, double-checked under a mutex.
package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var (
	httpMu     sync.Mutex
	httpClient *http.Client
)

func getHTTP() *http.Client {
	if httpClient == nil {
		httpMu.Lock()
		if httpClient == nil {
			httpClient = &http.Client{
				Timeout: 5 * time.Second,
				Transport: &http.Transport{
					MaxIdleConnsPerHost: 4,
					IdleConnTimeout:     60 * time.Second,
				},
			}
		}
		httpMu.Unlock()
	}
	return httpClient
}

func handler(ctx context.Context, evt events.CloudWatchEvent) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, os.Getenv("HEALTH_URL"), nil)
	if err != nil {
		return "", err
	}
	resp, err := getHTTP().Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 512))
	return string(b), err
}

func main() {
	lambda.Start(handler)
}
