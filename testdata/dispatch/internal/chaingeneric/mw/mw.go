// Package mw composes handler decorators of any handler type.
package mw

// Compose wraps h so that ms[0] is the outermost decorator.
func Compose[H any](h H, ms ...func(H) H) H {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

// Wrap applies one decorator, for callers that build chains by hand.
func Wrap[H any](m func(H) H, h H) H { return m(h) }
