// Package check compiles the pattern the environment names, after the
// handler overrides one variable from the event.
package check

import (
	"context"
	"regexp"

	"example.com/cases/runonce/internal/envparam/envx"
)

// Event carries the caller's settings.
type Event struct {
	Level string `json:"level"`
	Param string `json:"param"`
}

// Handle overrides LOG_LEVEL only: the pattern read through
// envx.ParamName (PARAM_NAME) is the same on every invocation.
func Handle(ctx context.Context, e Event) error {
	envx.Override("LOG_LEVEL", e.Level)
	_ = regexp.MustCompile(envx.ParamName()) // EXPECT: PARAM_NAME, read through a getter, is not what the handler overrides
	return nil
}

// HandleSame overrides PARAM_NAME itself from the event first.
func HandleSame(ctx context.Context, e Event) error {
	envx.Override("PARAM_NAME", e.Param)
	_ = regexp.MustCompile(envx.ParamName()) // varies: the handler set PARAM_NAME from the event
	return nil
}
