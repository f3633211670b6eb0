// Package partner is a small fluent client for the partner API.
package partner

import (
	"net/http"
	"time"
)

// Client calls the partner API.
type Client struct {
	base string
	hc   *http.Client
}

// New builds a client with its own connection pool.
func New() *Client {
	return &Client{hc: &http.Client{ // EXPECT: its settings are the environment's and constants
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConns: 8, IdleConnTimeout: time.Minute},
	}}
}

// Base sets the URL prefix; it returns the client, configured.
func (c *Client) Base(u string) *Client { c.base = u; return c }

// Timeout sets the request timeout.
func (c *Client) Timeout(d time.Duration) *Client { c.hc.Timeout = d; return c }

// URL is where a path goes.
func (c *Client) URL(path string) string { return c.base + path }
