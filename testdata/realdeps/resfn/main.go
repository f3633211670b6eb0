// Command resfn builds database, cache, RPC and telemetry clients of the
// real modules on every invocation, beside the placements that stay quiet.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"gorm.io/gorm"
)

type Event struct {
	ID    string
	DSN   string
	Level zapcore.Level
}

// jsonConfig sets up a logger's configuration at the level it is given.
func jsonConfig(level zap.AtomicLevel) zap.Config {
	return zap.Config{
		Level:            level,
		Encoding:         "json",
		OutputPaths:      []string{"stdout"},
		ErrorOutputPaths: []string{"stderr"},
		EncoderConfig: zapcore.EncoderConfig{
			MessageKey:  "msg",
			LevelKey:    "level",
			EncodeLevel: zapcore.LowercaseLevelEncoder,
		},
	}
}

// cache is built once, in Init.
var cache = redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"cache:6379"}})

func handler(ctx context.Context, e Event) (string, error) {
	cfg, err := pgxpool.ParseConfig("postgres://app@db/app")
	if err != nil {
		return "", err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg) // want `pgxpool.NewWithConfig opens a new database connection pool on every invocation of handler`
	if err != nil {
		return "", err
	}

	ccfg, err := pgx.ParseConfig("postgres://app@db/app")
	if err != nil {
		return "", err
	}
	conn, err := pgx.ConnectConfig(ctx, ccfg) // want `pgx.ConnectConfig opens a new database connection .* \(no automatic fix: conn is closed at line \d+ at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)

	mc, err := mongo.Connect(options.Client().ApplyURI("mongodb://db:27017")) // want `mongo.Connect builds a new MongoDB client and connection pool on every invocation of handler`
	if err != nil {
		return "", err
	}

	db, err := sqlx.Connect("postgres", "postgres://app@db/app") // want `sqlx.Connect opens a new database connection pool on every invocation of handler`
	if err != nil {
		return "", err
	}

	gdb, err := gorm.Open(nil, &gorm.Config{}) // want `gorm.Open opens a new database connection pool on every invocation of handler`
	if err != nil {
		return "", err
	}

	cc, err := grpc.NewClient("dns:///api:443", grpc.WithTransportCredentials(insecure.NewCredentials())) // want `grpc.NewClient builds a new gRPC connection on every invocation of handler`
	if err != nil {
		return "", err
	}

	logger, err := zap.NewProduction() // want `zap.NewProduction builds a new logger and its sinks on every invocation of handler`
	if err != nil {
		return "", err
	}
	jl, err := jsonConfig(zap.NewAtomicLevelAt(zapcore.InfoLevel)).Build() // want `zap.Build builds a new logger and its sinks on every invocation of handler`
	if err != nil {
		return "", err
	}
	el, err := jsonConfig(zap.NewAtomicLevelAt(e.Level)).Build() // the level comes from the event: stays
	if err != nil {
		return "", err
	}
	tp := sdktrace.NewTracerProvider() // want `trace.NewTracerProvider builds a new tracer provider and its exporters on every invocation of handler`

	tuned, err := pgxpool.ParseConfig("postgres://app@db/app")
	if err != nil {
		return "", err
	}
	tuned.MaxConns = 4
	_, _ = pgxpool.NewWithConfig(ctx, tuned) // want `pgxpool.NewWithConfig opens a new database connection pool .* \(no automatic fix: it returns more than one value inside a larger expression\)`

	tp2 := sdktrace.NewTracerProvider() // want `trace.NewTracerProvider builds .* \(no automatic fix: tp2 is ended by tp2.Shutdown at line \d+ at the end of each invocation; keeping it open is a decision to make, not a move\)`
	defer func() { _ = tp2.Shutdown(ctx) }()

	_, _ = sqlx.Connect("postgres", e.DSN) // the DSN comes from the event: stays
	opts := options.Client()
	opts.ApplyURI(e.DSN)                                   // the builder changes opts with the event's value
	_, _ = mongo.Connect(opts)                             // so this stays
	_, _ = mongo.Connect(options.Client().ApplyURI(e.DSN)) // and so does this
	_ = cache.Get(ctx, e.ID)
	logger.Info("handled", zap.String("id", e.ID))
	_, _, _, _, _, _, _, _ = pool, mc, db, gdb, cc, tp, jl, el
	return e.ID, nil
}

func main() { lambda.Start(handler) }
