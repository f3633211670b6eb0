// Package report returns its handler from a factory.
package report

import (
	"context"
	"regexp"
)

// Day names the day to report on.
type Day struct {
	Date string `json:"date"`
}

// New returns the report handler: its own body runs once, where main
// calls it.
func New(prefix string) func(context.Context, Day) (string, error) {
	valid := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`) // once: the factory's body
	return func(ctx context.Context, d Day) (string, error) {
		title := regexp.MustCompile(`\s+`) // EXPECT: the handler the factory returns compiles a constant pattern per report
		if !valid.MatchString(d.Date) {
			return "", nil
		}
		return title.ReplaceAllString(prefix+" "+d.Date, " "), nil
	}
}

// NewOnce returns a report handler whose work is all in the factory.
func NewOnce(prefix string) func(context.Context, Day) (string, error) {
	valid := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	title := regexp.MustCompile(`\s+`)
	return func(ctx context.Context, d Day) (string, error) {
		if !valid.MatchString(d.Date) {
			return "", nil
		}
		return title.ReplaceAllString(prefix+" "+d.Date, " "), nil
	}
}
