// Package http2 is a stub of golang.org/x/net/http2 with the signature of
// ConfigureTransport, which registers the h2 protocol on a transport (a
// second call fails: "protocol https already registered").
package http2

import "net/http"

// ConfigureTransport configures a net/http HTTP/1 Transport to use HTTP/2.
func ConfigureTransport(t1 *http.Transport) error { return nil }
