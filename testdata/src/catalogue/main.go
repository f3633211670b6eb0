// Package catalogue builds one of each remaining catalogue entry per
// invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-secretsmanager-caching-go/secretcache"
	"github.com/jmoiron/sqlx"
	"go.mongodb.org/mongo-driver/mongo"
	"go.opentelemetry.io/otel/sdk/trace"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"gorm.io/gorm"
)

func handler(ctx context.Context) error {
	conn, err := grpc.NewClient("inventory:443") // want `grpc.NewClient builds a new gRPC connection on every invocation of handler`
	if err != nil {
		return err
	}
	defer conn.Close()
	logger, _ := zap.NewProduction()         // want `zap.NewProduction builds a new logger and its sinks`
	tp := trace.NewTracerProvider()          // want `trace.NewTracerProvider builds a new tracer provider and its exporters`
	cache, _ := secretcache.New()            // want `secretcache.New builds a secret cache that starts empty, so the secret is fetched again`
	client, _ := mongo.Connect(ctx)          // want `mongo.Connect builds a new MongoDB client and connection pool`
	db, _ := sqlx.Connect("postgres", "dsn") // want `sqlx.Connect opens a new database connection pool`
	orm, _ := gorm.Open(nil)                 // want `gorm.Open opens a new database connection pool`
	logger.Info("ok")
	_, _, _, _, _ = tp, cache, client, db, orm
	return nil
}

func main() { lambda.Start(handler) }
