// Package-level settings read once in init; the handler still builds the
// Redis client and opens the database each call.
package main

import (
	"context"
	"database/sql"
	"os"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

type settings struct {
	RedisAddr string
	RedisDB   int
	DSN       string
}

var conf settings

func init() {
	db, _ := strconv.Atoi(os.Getenv("REDIS_DB"))
	conf = settings{RedisAddr: os.Getenv("REDIS_ADDR"), RedisDB: db, DSN: os.Getenv("DATABASE_URL")}
}

func handler(ctx context.Context, evt events.SQSEvent) error {
	rdb := redis.NewClient(&redis.Options{Addr: conf.RedisAddr, DB: conf.RedisDB}) // EXPECT: redis client from package settings
	defer rdb.Close()
	db, err := sql.Open("postgres", conf.DSN) // EXPECT: sql.Open from package settings
	if err != nil {
		return err
	}
	defer db.Close()

	for _, msg := range evt.Records {
		if rdb.Exists(ctx, "done:"+msg.MessageId).Val() == 1 {
			continue
		}
		if _, err := db.ExecContext(ctx, "INSERT INTO events(id, body) VALUES ($1, $2)", msg.MessageId, msg.Body); err != nil {
			return err
		}
		rdb.Set(ctx, "done:"+msg.MessageId, 1, 0)
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
