package jobs

import (
	"context"
	"log"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
)

var ticketPattern = regexp.MustCompile(`^Ticket (Created|Closed)$`)

type Route struct {
	Name   string
	Match  func(detailType string) bool
	Handle func(ctx context.Context, e events.CloudWatchEvent) error
}

type Dispatcher struct {
	Routes []Route
}

func IsTicket(detailType string) bool { return ticketPattern.MatchString(detailType) }

func (d *Dispatcher) Dispatch(ctx context.Context, e events.CloudWatchEvent) error {
	for _, r := range d.Routes {
		if r.Match(e.DetailType) {
			return r.Handle(ctx, e)
		}
	}
	log.Printf("unrouted detail-type %q", e.DetailType)
	return nil
}
