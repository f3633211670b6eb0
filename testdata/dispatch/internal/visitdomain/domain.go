// Package visitdomain holds shipment events, decoded from the message,
// and the visitor they accept.
package visitdomain

import (
	"context"
	"encoding/json"
	"fmt"
)

// Visitor handles each kind of event.
type Visitor interface {
	Shipped(ctx context.Context, e Shipped) error
	Returned(ctx context.Context, e Returned) error
}

// Event is a decoded event.
type Event interface {
	Accept(ctx context.Context, v Visitor) error
}

// Shipped says a parcel left.
type Shipped struct{ Parcel string }

// Returned says a parcel came back.
type Returned struct {
	Parcel string
	Reason string
}

// Accept hands the event to v.
func (e Shipped) Accept(ctx context.Context, v Visitor) error { return v.Shipped(ctx, e) }

// Accept hands the event to v.
func (e *Returned) Accept(ctx context.Context, v Visitor) error { return v.Returned(ctx, *e) }

// Decode builds the event a message carries: a new value on every call.
func Decode(kind string, body []byte) (Event, error) {
	switch kind {
	case "shipped":
		var e Shipped
		if err := json.Unmarshal(body, &e); err != nil {
			return nil, err
		}
		return e, nil
	case "returned":
		e := new(Returned)
		if err := json.Unmarshal(body, e); err != nil {
			return nil, err
		}
		return e, nil
	}
	return nil, fmt.Errorf("unknown kind %q", kind)
}
