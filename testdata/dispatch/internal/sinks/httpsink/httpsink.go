// Package httpsink archives to an HTTP endpoint, with a client of its own
// per call.
package httpsink

import (
	"bytes"
	"context"
	"net/http"
	"time"
)

// Sink posts records.
type Sink struct{ URL string }

// Archive builds a client with its own transport on every call.
func (s *Sink) Archive(ctx context.Context, id string, body []byte) error {
	c := &http.Client{Transport: &http.Transport{IdleConnTimeout: time.Minute}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+"/"+id, bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
