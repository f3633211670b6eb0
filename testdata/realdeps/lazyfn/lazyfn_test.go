package lazyfn_test // want package:"the user.s module"

import (
	"context"
	"testing"

	"example.com/realdeps/lazyfn"
	"github.com/aws/aws-lambda-go/events"
)

// TestPatternSetBeforeStart sets Pattern from another package, as the
// command does, after init and before the first invocation: the handler
// must use it, before and after lambdainit's fix (lambdainit verify runs
// this on the fixed copy; on code moved into init it fails).
func TestPatternSetBeforeStart(t *testing.T) {
	lazyfn.Pattern = `^b+$`
	good := events.SQSEvent{Records: []events.SQSMessage{{Body: "bbb"}}}
	for range 3 {
		if err := lazyfn.Handle(context.Background(), good); err != nil {
			t.Fatal(err)
		}
	}
	bad := events.SQSEvent{Records: []events.SQSMessage{{Body: "a"}}}
	if err := lazyfn.Handle(context.Background(), bad); err == nil {
		t.Fatal(`body "a" matched ^b+$`)
	}
}

// TestStrictRetries sets a bad pattern, then a good one: the first
// invocation fails with the error, and the next one tries again, as it did
// when the handler compiled the pattern on every invocation. (A fix that
// cached the first error, or moved the code into init, fails this test.)
func TestStrictRetries(t *testing.T) {
	ev := events.SQSEvent{Records: []events.SQSMessage{{Body: "ccc"}}}
	lazyfn.Strict = `(`
	if err := lazyfn.HandleStrict(context.Background(), ev); err == nil {
		t.Fatal("a bad pattern gave no error")
	}
	lazyfn.Strict = `^c+$`
	for range 2 {
		if err := lazyfn.HandleStrict(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
	}
}
