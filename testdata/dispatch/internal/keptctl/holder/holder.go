// Package holder keeps a value of any type, with labels.
package holder

import "strings"

// Box holds a value.
type Box[T any] struct {
	V      T
	Labels []string
}

// Describe hands the labels to strings.Join, which only reads them.
func (b *Box[T]) Describe(items []string) string {
	return strings.Join(b.Labels, ",") + ": " + strings.Join(items, ",")
}
