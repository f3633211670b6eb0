// Package fixexported holds handlers that another package registers, after
// setting an exported variable of this package: code reading it cannot move
// to init, which runs first, so it runs once on the first invocation. Even
// code that reads only this package's own values lands lazily: an init of
// a package other than main would run in every program that imports it.
package fixexported

import (
	"context"
	"database/sql"
	"fmt"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Region is set by the command before it starts the handler.
var Region string

// queueRegion is this package's own: nothing but its initializer sets it.
var queueRegion = "eu-west-1"

// Handle drains SQS batches.
func Handle(ctx context.Context, e events.SQSEvent) error {
	b := s3.New(s3.Options{Region: Region}) // want `s3.New builds .* invocation of Handle; create it once outside the handler$`
	_ = b
	return nil
}

// HandleQueue reads only what this package sets.
func HandleQueue(ctx context.Context, e events.SQSEvent) error {
	q := sqs.New(sqs.Options{Region: queueRegion}) // want `sqs.New builds .* invocation of HandleQueue; create it once outside the handler$`
	_ = q
	return nil
}

// HandleConfig checks the error of what it moves: the handler still gets
// it back, from a function that runs until it succeeds.
func HandleConfig(ctx context.Context, e events.SQSEvent) error {
	if len(e.Records) == 0 {
		return nil // before the moved code, and still before it
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(Region)) // want `config.LoadDefaultConfig loads .* invocation of HandleConfig; load it once outside the handler$`
	if err != nil {
		return fmt.Errorf("handle %d records: %w", len(e.Records), err)
	}
	db := dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig builds .* invocation of HandleConfig; create it once outside the handler$`
	_ = db
	return nil
}

// HandleTwoRegions checks two errors the same way, though they are two
// variables: one check comes back to the handler.
func HandleTwoRegions(ctx context.Context, e events.SQSEvent) error {
	east, err := config.LoadDefaultConfig(ctx, config.WithRegion(Region)) // want `config.LoadDefaultConfig loads .* invocation of HandleTwoRegions; load it once outside the handler$`
	if err != nil {
		return fmt.Errorf("setup: %w", err)
	}
	west, err2 := config.LoadDefaultConfig(ctx, config.WithRegion(Region+"-2")) // want `config.LoadDefaultConfig loads .* invocation of HandleTwoRegions; load it once outside the handler$`
	if err2 != nil {
		return fmt.Errorf("setup: %w", err2) // the same check, for another error
	}
	_, _ = east, west
	return nil
}

// HandleTwoChecks checks its two errors differently: one check cannot
// stand for both.
func HandleTwoChecks(ctx context.Context, e events.SQSEvent) error {
	east, err := config.LoadDefaultConfig(ctx, config.WithRegion(Region)) // want `config.LoadDefaultConfig loads .* \(no automatic fix: it reads Region, which another package may set after Init, and its error checks differ from each other\)`
	if err != nil {
		return fmt.Errorf("east: %w", err)
	}
	west, err2 := config.LoadDefaultConfig(ctx, config.WithRegion(Region+"-2")) // want `config.LoadDefaultConfig loads .* \(no automatic fix: it reads Region, which another package may set after Init, and its error checks differ from each other\)`
	if err2 != nil {
		return fmt.Errorf("west: %w", err2)
	}
	_, _ = east, west
	return nil
}

// HandleLogged goes on after logging the error: that is no check a moved
// statement can take with it.
func HandleLogged(ctx context.Context, e events.SQSEvent) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(Region)) // want `config.LoadDefaultConfig loads .* \(no automatic fix: the error of err's statement is checked later in HandleLogged at line \d+\)`
	if err != nil {
		log.Print(err)
	}
	_ = cfg
	return nil
}

// NewHandler is a factory the command calls after setting Region.
func NewHandler() func(context.Context, events.SQSEvent) error {
	return func(ctx context.Context, e events.SQSEvent) error {
		c := s3.New(s3.Options{Region: Region}) // want `s3.New builds .* invocation of the handler returned by NewHandler; create it once outside the handler$`
		_ = c
		return nil
	}
}

// HandleReports pings the reports database through OpenReports, which
// other packages may call too, and close what it returns: its pool stays.
func HandleReports(ctx context.Context, e events.SQSEvent) error {
	db, err := OpenReports(len(e.Records))
	if err != nil {
		return err
	}
	return db.PingContext(ctx)
}

// OpenReports opens the reports pool for a batch.
func OpenReports(batch int) (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/reports") // want `sql.Open .* \(no automatic fix: OpenReports returns db to callers in other packages, which may close it; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return nil, err
	}
	if batch == 0 {
		return nil, sql.ErrConnDone
	}
	return db, nil
}

// HandleLedger does the same through a helper only this package calls,
// which keeps the pool open: the pool moves.
func HandleLedger(ctx context.Context, e events.SQSEvent) error {
	db, err := openLedger(len(e.Records))
	if err != nil {
		return err
	}
	return db.PingContext(ctx)
}

func openLedger(batch int) (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/ledger") // want `sql.Open opens .* on every invocation of HandleLedger \(via openLedger\); create it once outside the handler$`
	if err != nil {
		return nil, err
	}
	if batch == 0 {
		return nil, sql.ErrConnDone
	}
	return db, nil
}
