// Inline double-checked locking around sql.Open in the handler.
package main

import (
	"context"
	"database/sql"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var (
	dbMu sync.Mutex
	pool *sql.DB
)

func handler(ctx context.Context, req events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) {
	if pool == nil {
		dbMu.Lock()
		if pool == nil {
			p, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
			if err != nil {
				dbMu.Unlock()
				return events.ALBTargetGroupResponse{StatusCode: 500}, err
			}
			p.SetMaxIdleConns(1)
			pool = p
		}
		dbMu.Unlock()
	}

	var name string
	err := pool.QueryRowContext(ctx, "SELECT name FROM products WHERE sku = $1", req.QueryStringParameters["sku"]).Scan(&name)
	if err == sql.ErrNoRows {
		return events.ALBTargetGroupResponse{StatusCode: 404}, nil
	}
	if err != nil {
		return events.ALBTargetGroupResponse{StatusCode: 500}, err
	}
	return events.ALBTargetGroupResponse{StatusCode: 200, Body: name}, nil
}

func main() {
	lambda.Start(handler)
}
