// Package algnhsa is a stub of github.com/akrylysov/algnhsa.
package algnhsa

import "net/http"

type Options struct{}

func ListenAndServe(handler http.Handler, opts *Options) {}
