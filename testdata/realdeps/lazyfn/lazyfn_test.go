package lazyfn_test

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
