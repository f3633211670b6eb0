// Package extraconstructors runs with
// -extra-constructors=example.com/db.Open,example.com/db.Pool.Client.
package main

import (
	"context"

	"example.com/db"
	"github.com/aws/aws-lambda-go/lambda"
)

var pool = &db.Pool{}

func handler(ctx context.Context, q string) error {
	conn := db.Open("postgres://localhost/app") // want `db.Open is listed in extra-constructors and runs again on every invocation of handler; create it once outside the handler \(no automatic fix: conn is a \*db.DB, not known to be safe to share between invocations\)`
	if err := conn.Query(q); err != nil {
		return err
	}
	c := pool.Client() // want `db.Client is listed in extra-constructors`
	_ = db.Open(q)     // reads the event: stays
	return c.Query(q)
}

func main() { lambda.Start(handler) }
