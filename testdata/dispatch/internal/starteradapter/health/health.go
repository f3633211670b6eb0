// Package health is an http.Handler a command mounts on its router.
package health

import (
	"net/http"
	"regexp"
)

var version = regexp.MustCompile(`^v\d+$`)

// Check answers the health route, compiling its pattern per request.
type Check struct{}

func (Check) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ok := regexp.MustCompile(`^(ok|ready)$`) // EXPECT: a route of the router the starter's adapter serves compiles its pattern per request
	_ = ok.MatchString(r.URL.Query().Get("want"))
}

// Shared answers it with a pattern compiled once.
type Shared struct{}

func (Shared) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_ = version.MatchString(r.URL.Query().Get("v"))
}
