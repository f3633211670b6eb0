// Webhook relay building its own transport on each call.
package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
)

type Webhook struct {
	CallbackURL string `json:"callback_url"`
	Payload     []byte `json:"payload"`
}

func handler(ctx context.Context, w Webhook) error {
	tr := &http.Transport{ // EXPECT: http.Transport literal per invocation
		MaxIdleConns:        10,
		IdleConnTimeout:     30 * time.Second,
		TLSHandshakeTimeout: 5 * time.Second,
	}
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.CallbackURL, bytes.NewReader(w.Payload))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("callback returned %s", resp.Status)
	}
	return nil
}

func main() {
	lambda.StartHandler(lambda.NewHandler(handler))
}
