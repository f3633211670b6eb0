// Package store keeps the cleaned names; its pattern is compiled once.
package store

import (
	"regexp"
	"sync"
)

var (
	mu    sync.Mutex
	names []string
	valid = regexp.MustCompile(`^[a-z0-9]+$`)
)

// Add keeps name when it is valid.
func Add(name string) bool {
	if !valid.MatchString(name) {
		return false
	}
	mu.Lock()
	defer mu.Unlock()
	names = append(names, name)
	return true
}
