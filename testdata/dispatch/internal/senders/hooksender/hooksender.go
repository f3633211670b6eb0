// Package hooksender posts notifications to a webhook, with a client of
// its own per sender.
package hooksender

import (
	"context"
	"net/http"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"

	"example.com/cases/dispatch/internal/senders/registry"
)

type sender struct{ c *http.Client }

// New builds the sender and its client.
func New(aws.Config) registry.Sender {
	return &sender{c: &http.Client{Transport: &http.Transport{}}}
}

func (s *sender) Send(ctx context.Context, to, msg string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, to, strings.NewReader(msg))
	if err != nil {
		return err
	}
	resp, err := s.c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
