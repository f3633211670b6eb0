package metrics

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
)

type Point struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
}

type Sink interface {
	WriteAll(ctx context.Context, pts []Point) error
}

type Handler struct {
	Sink Sink
}

func (h *Handler) Handle(ctx context.Context, ev events.SNSEvent) error {
	var pts []Point
	for _, rec := range ev.Records {
		var p Point
		if err := json.Unmarshal([]byte(rec.SNS.Message), &p); err != nil {
			return err
		}
		pts = append(pts, p)
	}
	return h.Sink.WriteAll(ctx, pts)
}
