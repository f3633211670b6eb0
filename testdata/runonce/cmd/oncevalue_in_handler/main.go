// sync.OnceValues created inside the handler memoises only within one invocation.
package main

import (
	"context"
	"database/sql"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
)

type Job struct {
	IDs []int64 `json:"ids"`
}

func handler(ctx context.Context, job Job) error {
	getDB := sync.OnceValues(func() (*sql.DB, error) {
		return sql.Open("postgres", os.Getenv("DATABASE_URL")) // EXPECT: sql.Open behind a handler-local sync.OnceValues
	})
	for _, id := range job.IDs {
		db, err := getDB()
		if err != nil {
			return err
		}
		if _, err := db.ExecContext(ctx, "UPDATE jobs SET done = true WHERE id = $1", id); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
