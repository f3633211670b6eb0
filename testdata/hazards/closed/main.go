// Command closed opens a database pool per invocation and closes it through
// a helper taking an io.Closer. Hoisted, the pool would be closed after the
// first invocation: every later one fails with "sql: database is closed".
package main

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"

	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	db, err := sql.Open("memory", "memory://orders")
	if err != nil {
		return "", err
	}
	defer closeQuietly(db)
	if err := db.PingContext(ctx); err != nil {
		return "", err
	}
	return "pong", nil
}

func closeQuietly(c io.Closer) { _ = c.Close() }

func main() { lambda.Start(handler) }

// memory is a database/sql driver whose connections only answer pings.
type memory struct{}

func (memory) Open(string) (driver.Conn, error) { return conn{}, nil }

type conn struct{}

func (conn) Prepare(string) (driver.Stmt, error) { return nil, errors.New("no statements") }
func (conn) Close() error                        { return nil }
func (conn) Begin() (driver.Tx, error)           { return nil, errors.New("no transactions") }

func init() { sql.Register("memory", memory{}) }
