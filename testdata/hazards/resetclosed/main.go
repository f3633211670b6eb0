// Command resetclosed keeps its database pool in a package variable
// behind a nil check, but closes and clears it when each invocation
// returns, so every invocation opens a pool of its own. The open is Init
// work, but moved out, the one shared pool would be closed after the first
// invocation: every later one fails with "sql: database is closed".
// lambdainit reports it and offers no fix.
package main

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"

	"github.com/aws/aws-lambda-go/lambda"
)

var db *sql.DB

func handler(ctx context.Context, e map[string]string) (string, error) {
	defer func() {
		db.Close()
		db = nil
	}()
	if db == nil {
		db = sql.OpenDB(connector{})
	}
	if err := db.PingContext(ctx); err != nil {
		return "", err
	}
	return "pong", nil
}

func main() { lambda.Start(handler) }

// memory is a database/sql driver whose connections only answer pings.
type memory struct{}

func (memory) Open(string) (driver.Conn, error) { return conn{}, nil }

type conn struct{}

func (conn) Prepare(string) (driver.Stmt, error) { return nil, errors.New("no statements") }
func (conn) Close() error                        { return nil }
func (conn) Begin() (driver.Tx, error)           { return nil, errors.New("no transactions") }

// connector opens memory connections.
type connector struct{}

func (connector) Connect(context.Context) (driver.Conn, error) { return conn{}, nil }
func (connector) Driver() driver.Driver                        { return memory{} }
