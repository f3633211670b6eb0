// Package route picks a queue for a message; its methods only read the
// table they are called on.
package route

import "github.com/aws/aws-lambda-go/events"

// Table maps a message's kind to a queue.
type Table struct {
	Region string
	Queues map[string]string
}

// Pick hands the table's map to lookup, which only reads it.
func (t *Table) Pick(m events.SQSMessage) string {
	return lookup(t.Queues, m.Attributes["kind"])
}

func lookup(queues map[string]string, kind string) string {
	if q, ok := queues[kind]; ok {
		return q
	}
	return queues["default"]
}
