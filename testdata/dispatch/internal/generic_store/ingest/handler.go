package ingest

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/dispatch/internal/generic_store/repo"
)

// Handler builds a Kinesis consumer that stores every record as a T.
func Handler[T repo.Keyed](store repo.Store[T]) func(context.Context, events.KinesisEvent) error {
	return func(ctx context.Context, e events.KinesisEvent) error {
		for _, rec := range e.Records {
			var item T
			if err := json.Unmarshal(rec.Kinesis.Data, &item); err != nil {
				return err
			}
			if err := store.Put(ctx, item); err != nil {
				return err
			}
		}
		return nil
	}
}
