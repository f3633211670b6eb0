// Package resty is a stub of github.com/go-resty/resty/v2.
package resty

import "net/http"

// Client is a resty client.
type Client struct{ header http.Header }

// Request is one request of a client.
type Request struct{ client *Client }

// Response is a response.
type Response struct{}

// New returns a client.
func New() *Client { return &Client{header: http.Header{}} }

// SetHeader sets a header of every request of the client.
func (c *Client) SetHeader(k, v string) *Client { c.header.Set(k, v); return c }

// R starts a request.
func (c *Client) R() *Request { return &Request{client: c} }

// Get sends the request.
func (r *Request) Get(url string) (*Response, error) { return &Response{}, nil }
