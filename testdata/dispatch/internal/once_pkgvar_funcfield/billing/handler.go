package billing

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
)

type Charge struct {
	Account string `json:"account"`
	Cents   int64  `json:"cents"`
}

type Handler struct {
	Record func(ctx context.Context, account string, cents int64) error
}

func (h Handler) Handle(ctx context.Context, ev events.EventBridgeEvent) error {
	var c Charge
	if err := json.Unmarshal(ev.Detail, &c); err != nil {
		return err
	}
	return h.Record(ctx, c.Account, c.Cents)
}
