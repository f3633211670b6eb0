// Package route picks a queue for a message; its methods only read the
// table they are called on.
package route

import "github.com/aws/aws-lambda-go/events"

// Table maps a message's kind to a queue.
type Table struct {
	Region string
	Queues map[string]string
}

// Pick hands the table's map to learn, which records the message's reply
// queue in it, and its region field to setRegion.
func (t *Table) Pick(m events.SQSMessage) string {
	learn(t.Queues, m.Attributes["kind"], m.Attributes["replyTo"])
	setRegion(&t.Region, m.AWSRegion)
	return lookup(t.Queues, m.Attributes["kind"])
}

func learn(queues map[string]string, kind, queue string) {
	if queue != "" {
		queues[kind] = queue
	}
}

func setRegion(dst *string, region string) {
	if region != "" {
		*dst = region
	}
}

func lookup(queues map[string]string, kind string) string {
	if q, ok := queues[kind]; ok {
		return q
	}
	return queues["default"]
}
