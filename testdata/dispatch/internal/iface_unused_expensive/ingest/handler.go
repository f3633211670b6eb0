package ingest

import (
	"context"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/dispatch/internal/iface_unused_expensive/storage"
)

type Handler struct {
	Archive storage.Archiver
}

func (h Handler) Handle(ctx context.Context, ev events.KinesisFirehoseEvent) (events.KinesisFirehoseResponse, error) {
	var resp events.KinesisFirehoseResponse
	for _, rec := range ev.Records {
		result := events.KinesisFirehoseTransformedStateOk
		if err := h.Archive.Archive(ctx, rec.RecordID, rec.Data); err != nil {
			result = events.KinesisFirehoseTransformedStateProcessingFailed
		}
		resp.Records = append(resp.Records, events.KinesisFirehoseResponseRecord{
			RecordID: rec.RecordID, Result: result, Data: rec.Data,
		})
	}
	return resp, nil
}
