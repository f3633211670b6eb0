// Package grpc is a stub of google.golang.org/grpc.
package grpc

type DialOption interface{}

type ClientConn struct{}

func NewClient(target string, opts ...DialOption) (*ClientConn, error) { return &ClientConn{}, nil }

func (cc *ClientConn) Close() error { return nil }
