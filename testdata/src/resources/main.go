// Package resources builds expensive resources beyond the AWS SDK on every
// invocation, beside the shapes that must stay quiet.
package main

import (
	"context"
	"database/sql"
	"net/http"
	"regexp"
	"text/template"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/go-resty/resty/v2"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

type Event struct {
	Name string
	DSN  string
}

func handler(ctx context.Context, e Event) (string, error) {
	db, err := sql.Open("postgres", "postgres://app@db/app") // want `sql.Open opens a new database connection pool on every invocation of handler; create it once outside the handler`
	if err != nil {
		return "", err
	}
	_ = db.PingContext(ctx)

	word := regexp.MustCompile(`^[a-z]+$`) // want `regexp.MustCompile compiles the same regular expression again`
	if !word.MatchString(e.Name) {
		return "", nil
	}
	_ = regexp.MustCompile(e.Name) // the pattern comes from the event: stays

	tmpl := template.Must(template.New("greeting").Parse("hello {{.}}")) // want `template.Template.Parse parses the same template again`
	_ = tmpl

	client := &http.Client{Timeout: 5 * time.Second} // no Transport of its own: shares the default pool, cheap
	_ = client
	tuned := &http.Client{Transport: &http.Transport{MaxIdleConns: 10}} // want `http.Client\{…\} builds a new HTTP client with its own transport and connection pool`
	_ = tuned

	rdb := redis.NewClient(&redis.Options{Addr: "cache:6379"}) // want `redis.NewClient builds a new Redis client and connection pool`
	v, err := rdb.Get(ctx, e.Name).Result()
	if err != nil {
		return "", err
	}

	pool, err := pgxpool.New(ctx, "postgres://app@db/app") // want `pgxpool.New opens a new database connection pool .* \(no automatic fix: pool is closed at line \d+ at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return "", err
	}
	defer pool.Close()

	conn, err := pgx.Connect(ctx, "postgres://app@db/app") // want `pgx.Connect opens a new database connection .* \(no automatic fix: conn is a \*pgx.Conn, not known to be safe to share between invocations\)`
	if err != nil {
		return "", err
	}
	_ = conn
	_, _ = sql.Open("postgres", e.DSN) // the DSN comes from the event: stays
	return v, nil
}

// fetched builds a resty client on every invocation: it moves.
func fetched(ctx context.Context, e Event) (string, error) {
	rc := resty.New() // want `resty.New builds a new HTTP client and connection pool on every invocation of fetched; create it once outside the handler`
	_, err := rc.R().Get("https://api.example.com/items")
	return "", err
}

// tokened sets the caller's token on its client: shared, every later
// invocation would send it.
func tokened(ctx context.Context, e Event) (string, error) {
	rc := resty.New() // want `resty.New builds .* \(no automatic fix: rc would be shared by every invocation, and tokened calls rc.SetHeader at line \d+, which changes it, on every invocation\)`
	rc.SetHeader("Authorization", e.Name)
	_, err := rc.R().Get("https://api.example.com/me")
	return "", err
}

func main() {
	lambda.Start(handler)
	lambda.Start(fetched)
	lambda.Start(tokened)
}
