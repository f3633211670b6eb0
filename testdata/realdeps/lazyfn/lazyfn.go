// Package lazyfn holds a handler that its command registers after setting // want package:"the user.s module"
// an exported variable of this package. Moved into init, the code would
// read the variable before the command sets it: the fix runs it once, on
// the first invocation, instead.
package lazyfn

import (
	"context"
	"fmt"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
)

// Pattern is what message bodies must match; the command sets it.
var Pattern = `^$`

// Handle rejects the batch when a body does not match Pattern.
func Handle(ctx context.Context, e events.SQSEvent) error { // want Handle:`^a handler its package reports$`
	re := regexp.MustCompile(Pattern) // want `regexp.MustCompile compiles the same regular expression again on every invocation of Handle`
	for _, r := range e.Records {
		if !re.MatchString(r.Body) {
			return fmt.Errorf("body %q does not match %s", r.Body, re)
		}
	}
	return nil
}

// Strict is the pattern HandleStrict checks bodies against; the command
// sets it, and a bad one fails the invocation, not the Init phase.
var Strict = `^$`

// HandleStrict reports a bad pattern as the invocation's error.
func HandleStrict(ctx context.Context, e events.SQSEvent) error { // want HandleStrict:`^a handler its package reports$`
	re, err := regexp.Compile(Strict) // want `regexp.Compile compiles the same regular expression again on every invocation of HandleStrict`
	if err != nil {
		return fmt.Errorf("bad pattern: %w", err)
	}
	for _, r := range e.Records {
		if !re.MatchString(r.Body) {
			return fmt.Errorf("body %q does not match %s", r.Body, re)
		}
	}
	return nil
}
