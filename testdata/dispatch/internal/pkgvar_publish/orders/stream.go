package orders

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/dispatch/internal/pkgvar_publish/outbox"
)

// HandleStream turns DynamoDB stream INSERTs into OrderPlaced events.
func HandleStream(ctx context.Context, e events.DynamoDBEvent) error {
	for _, rec := range e.Records {
		if rec.EventName != string(events.DynamoDBOperationTypeInsert) {
			continue
		}
		id := rec.Change.Keys["pk"].String()
		payload, _ := json.Marshal(map[string]string{"orderId": id})
		if err := outbox.Publish(ctx, outbox.Event{Type: "OrderPlaced", Payload: payload}); err != nil {
			return err
		}
	}
	return nil
}
