// Package tenant scopes the shared settings to a tenant: one field each.
package tenant

import "example.com/cases/runonce/internal/handedfield/settings"

// Scope points the prefix at the tenant's folder.
func Scope(s *settings.Settings, t string) { s.Prefix = t + "/" }

// Move points the bucket at the tenant's own.
func Move(s *settings.Settings, t string) { s.Bucket = t + "-reports" }
