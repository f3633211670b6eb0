// Package locator is a service locator whose getters build on first use,
// per Locator value.
package locator

import (
	"net/http"
	"regexp"
	"time"
)

// Locator holds lazily built dependencies.
type Locator struct {
	client *http.Client
	slug   *regexp.Regexp
}

// New returns an empty locator.
func New() *Locator { return &Locator{} }

// HTTP returns the callback client, built on first use.
func (l *Locator) HTTP() *http.Client {
	if l.client == nil {
		l.client = &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{MaxIdleConns: 4}}
	}
	return l.client
}

// Slug returns the key pattern, compiled on first use.
func (l *Locator) Slug() *regexp.Regexp {
	if l.slug == nil {
		l.slug = regexp.MustCompile(`^[a-z0-9-]+$`)
	}
	return l.slug
}
