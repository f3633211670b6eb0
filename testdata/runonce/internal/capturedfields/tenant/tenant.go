// Package tenant scopes the shared settings to a tenant.
package tenant

import "example.com/cases/runonce/internal/capturedfields/settings"

// Scope points the prefix at the tenant's folder.
func Scope(s *settings.Settings, t string) { s.Prefix = t + "/" }

// Relocate moves the tenant to its home region.
func Relocate(s *settings.Settings, region string) {
	if region != "" {
		s.Region = region
	}
}
