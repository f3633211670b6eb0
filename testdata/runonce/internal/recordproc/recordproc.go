// Package recordproc is a library no program of this module registers. By
// default nothing here is a handler (no program registers one); with
// -handler-shapes its functions are found by their shape: one takes a
// batch event, and is a handler; the others take one record of a batch,
// and are not.
package recordproc

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/redis/go-redis/v9"
)

// Drain parks every record of the batch.
func Drain(ctx context.Context, evt events.KinesisEvent) error {
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // silent: no program registers Drain (-handler-shapes reports it)
	defer rdb.Close()
	for _, r := range evt.Records {
		if err := rdb.LPush(ctx, "parked", r.Kinesis.Data).Err(); err != nil {
			return err
		}
	}
	return nil
}

// Park parks one queue message; it takes a record of a batch, not an
// invocation's payload.
func Park(ctx context.Context, msg events.SQSMessage) error {
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	defer rdb.Close()
	return rdb.LPush(ctx, "parked", msg.Body).Err()
}

// ParkKafka parks one Kafka record (KafkaEvent.Records is a map of slices
// of them).
func ParkKafka(ctx context.Context, rec events.KafkaRecord) error {
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	defer rdb.Close()
	return rdb.LPush(ctx, "parked", rec.Value).Err()
}
