// Package switcher moves a shared region to where an event points.
package switcher

import "example.com/cases/dispatch/internal/getters/settings"

// Switch changes the region it shares.
type Switch struct{ r *settings.Region }

// New shares r.
func New(r *settings.Region) Switch { return Switch{r: r} }

// To points the shared region at name.
func (s Switch) To(name string) { s.r.Use(name) }
