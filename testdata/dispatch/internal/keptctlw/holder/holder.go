// Package holder keeps a value of any type, with labels.
package holder

import "strings"

// Box holds a value.
type Box[T any] struct {
	V      T
	Labels []string
}

// Describe hands the labels to copy, which writes the items into them.
func (b *Box[T]) Describe(items []string) string {
	copy(b.Labels, items)
	return strings.Join(b.Labels, ",")
}
