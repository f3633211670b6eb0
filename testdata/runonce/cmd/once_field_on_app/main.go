// The sync.Once is a field of the app value constructed in main; the handler
// is a method value on it.
package main

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

type App struct {
	addr string

	once sync.Once
	rdb  *redis.Client
}

func (a *App) Handle(ctx context.Context, evt events.SNSEvent) error {
	a.once.Do(func() {
		a.rdb = redis.NewClient(&redis.Options{Addr: a.addr, MaxRetries: 2})
	})
	for _, rec := range evt.Records {
		if err := a.rdb.LPush(ctx, "inbox", rec.SNS.Message).Err(); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	app := &App{addr: os.Getenv("REDIS_ADDR")}
	lambda.Start(app.Handle)
}
