// Package chain holds middlewares over a handler of the team's own event
// type, applied by main in a loop over a slice.
package chain

import (
	"context"
	"regexp"
	"strings"
)

// Order is the shop's own event.
type Order struct {
	ID   string `json:"id"`
	Note string `json:"note"`
}

// Handler handles one order.
type Handler func(context.Context, Order) (string, error)

// Middleware wraps a Handler.
type Middleware func(Handler) Handler

// Trim trims the note; nothing to build.
func Trim(next Handler) Handler {
	return func(ctx context.Context, o Order) (string, error) {
		o.Note = strings.TrimSpace(o.Note)
		return next(ctx, o)
	}
}

// Mask hides card numbers in the note: the closure compiles its pattern
// on every order.
func Mask(next Handler) Handler {
	return func(ctx context.Context, o Order) (string, error) {
		pan := regexp.MustCompile(`\b\d{13,16}\b`) // EXPECT: the closure a middleware of main's slice returns compiles its pattern per order
		o.Note = pan.ReplaceAllString(o.Note, "****")
		return next(ctx, o)
	}
}

// MaskOnce hides card numbers with a pattern compiled when it wraps.
func MaskOnce(next Handler) Handler {
	pan := regexp.MustCompile(`\b\d{13,16}\b`) // once: where main applies the chain
	return func(ctx context.Context, o Order) (string, error) {
		o.Note = pan.ReplaceAllString(o.Note, "****")
		return next(ctx, o)
	}
}
