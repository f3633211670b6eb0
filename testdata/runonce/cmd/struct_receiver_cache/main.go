// Handler is a method on an app value built in main; the *sql.DB is opened
// lazily and kept on the receiver.
package main

import (
	"context"
	"database/sql"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type app struct {
	dsn string

	mu sync.Mutex
	db *sql.DB
}

func (a *app) handle(ctx context.Context, evt events.SQSEvent) error {
	a.mu.Lock()
	if a.db == nil {
		db, err := sql.Open("postgres", a.dsn)
		if err != nil {
			a.mu.Unlock()
			return err
		}
		db.SetMaxOpenConns(2)
		a.db = db
	}
	db := a.db
	a.mu.Unlock()

	for _, msg := range evt.Records {
		if _, err := db.ExecContext(ctx, "INSERT INTO inbox(id, body) VALUES ($1, $2)", msg.MessageId, msg.Body); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	a := &app{dsn: os.Getenv("DATABASE_URL")}
	lambda.Start(a.handle)
}
