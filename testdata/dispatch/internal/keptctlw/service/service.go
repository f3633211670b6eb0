// Package service is the use-case layer; it keeps the settings it is given.
package service

import "example.com/cases/dispatch/internal/keptctlw/settings"

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

// Retarget points the settings at another region, writing through cfg.
func Retarget(cfg *settings.Settings, region string) {
	if region != "" {
		cfg.Region = region
	}
}
