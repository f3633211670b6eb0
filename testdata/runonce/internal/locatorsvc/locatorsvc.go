// Package locatorsvc notifies a callback URL about new objects, with the
// dependencies of the locator it is given.
package locatorsvc

import (
	"context"
	"net/http"
	"strings"

	"example.com/cases/runonce/internal/locator"
)

// Service reaches its dependencies through a locator.
type Service struct {
	deps *locator.Locator
	url  string
}

// New returns a service on deps.
func New(deps *locator.Locator, url string) *Service { return &Service{deps: deps, url: url} }

var shared = locator.New()

// Default returns a service on the package's own locator, made once.
func Default(url string) *Service { return &Service{deps: shared, url: url} }

// Notify posts key to the callback URL.
func (s *Service) Notify(ctx context.Context, key string) error {
	if !s.deps.Slug().MatchString(key) {
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, strings.NewReader(key))
	if err != nil {
		return err
	}
	resp, err := s.deps.HTTP().Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
