// Package service is the use-case layer; it keeps the settings it is given.
package service

import "example.com/cases/dispatch/internal/keptctl/settings"

// Service answers what the settings say.
type Service struct {
	cfg  *settings.Settings
	name string
}

// New keeps cfg.
func New(cfg *settings.Settings, name string) *Service {
	return &Service{cfg: cfg, name: name}
}

// Region is the region of the settings.
func (s *Service) Region() string { return s.cfg.Region }
