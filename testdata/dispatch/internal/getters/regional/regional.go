// Package regional builds a client for the region a getter gives: the
// handler has another package switch that region per event first.
package regional

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/getters/settings"
	"example.com/cases/dispatch/internal/getters/switcher"
)

// Move asks for a message to be moved to another region.
type Move struct {
	Region string `json:"region"`
	Body   string `json:"body"`
}

// Mover holds the region it moves to, and a switch sharing it.
type Mover struct {
	region *settings.Region
	sw     switcher.Switch
	spread *settings.Rotation
}

// New starts at home.
func New(home string) *Mover {
	r := settings.New(home)
	return &Mover{region: r, sw: switcher.New(r), spread: settings.NewRotation("eu-west-1", "eu-central-1")}
}

// Handle has the switch move the shared region to the event's, then
// builds a client for it: the region differs between invocations.
func (m *Mover) Handle(ctx context.Context, mv Move) error {
	m.sw.To(mv.Region)
	c := sqs.New(sqs.Options{Region: m.region.Name()}) // varies: the switch changed the region
	_ = c
	// varies: each call of the getter moves the rotation on
	_ = sqs.New(sqs.Options{Region: m.spread.Name()})
	return nil
}
