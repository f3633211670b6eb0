// The mutex protects the package variable, but the connection pool is reopened
// on every invocation: the only condition guards Close, not Open.
package main

import (
	"context"
	"database/sql"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
)

type Ping struct {
	Source string `json:"source"`
}

var (
	mu sync.Mutex
	db *sql.DB
)

func handler(ctx context.Context, p Ping) error {
	mu.Lock()
	if db != nil {
		_ = db.Close()
	}
	var err error
	db, err = sql.Open("mysql", os.Getenv("MYSQL_DSN")) // EXPECT: sql.Open under a mutex without a guard
	conn := db
	mu.Unlock()
	if err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "INSERT INTO heartbeats(source) VALUES (?)", p.Source)
	return err
}

func main() {
	lambda.Start(handler)
}
