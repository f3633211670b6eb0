package inventory

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
)

type StockRepo interface {
	Reserve(ctx context.Context, sku string, qty int) error
}

type reservation struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

// NewHandler returns the SQS handler; called once from main.
func NewHandler(repo StockRepo) func(context.Context, events.SQSEvent) (events.SQSEventResponse, error) {
	return func(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
		var resp events.SQSEventResponse
		for _, m := range ev.Records {
			var r reservation
			if err := json.Unmarshal([]byte(m.Body), &r); err != nil || repo.Reserve(ctx, r.SKU, r.Qty) != nil {
				resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
			}
		}
		return resp, nil
	}
}
