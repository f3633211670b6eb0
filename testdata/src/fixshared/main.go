// Package fixshared holds values a fix would share between invocations
// while the handler still changes them, and constructors whose failure the
// handler answers: each refusal or lazy landing has a negative beside it
// that moves as before.
package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"regexp"
	"text/template"

	"github.com/aws/aws-lambda-go/lambda"
	"gorm.io/gorm"
)

type request struct {
	POSIX    bool
	Text     string
	MaxConns int
}

// longest switches the pattern to leftmost-longest for some events: shared,
// every later invocation would match that way.
func longest(ctx context.Context, r request) (string, error) {
	re := regexp.MustCompile(`go|golang`) // want `regexp.MustCompile compiles .* \(no automatic fix: re would be shared by every invocation, and longest calls re.Longest at line \d+, which changes it, on every invocation\)`
	if r.POSIX {
		re.Longest()
	}
	return re.FindString(r.Text), nil
}

// matches only reads its pattern: it moves.
func matches(ctx context.Context, r request) (bool, error) {
	re := regexp.MustCompile(`^[a-z]+$`) // want `regexp.MustCompile compiles the same regular expression again on every invocation of matches`
	return re.MatchString(r.Text), nil
}

// capped sets the pool's limit from the event.
func capped(ctx context.Context, r request) error {
	db, err := sql.Open("postgres", "postgres://app@db/app") // want `sql.Open opens .* \(no automatic fix: db would be shared by every invocation, and capped calls db.SetMaxOpenConns at line \d+, which changes it, on every invocation\)`
	if err != nil {
		return err
	}
	if r.MaxConns > 0 {
		db.SetMaxOpenConns(r.MaxConns)
	}
	return db.PingContext(ctx)
}

// queried only queries its pool: it moves.
func queried(ctx context.Context, r request) error {
	db, err := sql.Open("postgres", "postgres://app@db/queried") // want `sql.Open opens a new database connection pool on every invocation of queried`
	if err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, "select 1")
	return err
}

// strict turns on missingkey=error for some events.
func strict(ctx context.Context, r request) (string, error) {
	tmpl := template.Must(template.New("t").Parse("{{.name}}")) // want `template.Template.Parse parses .* \(no automatic fix: tmpl would be shared by every invocation, and strict changes a field or element of it at line \d+, on every invocation\)`
	if r.POSIX {
		tmpl.Option("missingkey=error")
	}
	var b bytes.Buffer
	err := tmpl.Execute(&b, map[string]string{"name": r.Text})
	return b.String(), err
}

// rendered only executes its template: it moves.
func rendered(ctx context.Context, r request) (string, error) {
	tmpl := template.Must(template.New("r").Parse("{{.}}")) // want `template.Template.Parse parses the same template again on every invocation of rendered`
	var b bytes.Buffer
	err := tmpl.Execute(&b, r.Text)
	return b.String(), err
}

// rare compiles a pattern Go's regexp rejects, on a path few events take:
// moved to Init, the panic would stop every invocation.
func rare(ctx context.Context, r request) (bool, error) {
	if !r.POSIX {
		return false, nil
	}
	re := regexp.MustCompile(`a(?=b)`) // want `regexp.MustCompile compiles .* \(no automatic fix: the pattern does not compile \(error parsing regexp: invalid or unsupported Perl syntax: .\(\?=.\): moved to Init, the failure would stop every invocation, not only those that reach it\)`
	return re.MatchString(r.Text), nil
}

// pinged opens with gorm, which pings the database, and answers the
// failure itself: the open lands lazily, retried until it succeeds.
func pinged(ctx context.Context, r request) (string, error) {
	gdb, err := gorm.Open(nil, &gorm.Config{}) // want `gorm.Open opens a new database connection pool on every invocation of pinged`
	if err != nil {
		return "degraded", nil
	}
	_ = gdb
	return "ok", nil
}

// unpinged turns the ping off: nothing talks to the database at Open, so
// it lands in init.
func unpinged(ctx context.Context, r request) (string, error) {
	gdb, err := gorm.Open(nil, &gorm.Config{DisableAutomaticPing: true}) // want `gorm.Open opens a new database connection pool on every invocation of unpinged`
	if err != nil {
		return "", err
	}
	_ = gdb
	return "ok", nil
}

// settings is filled by main through the pointer it holds.
type settings struct{ Pattern string }

var cfg = &settings{}

// filled reads what main decodes into cfg: it lands in main, after that.
func filled(ctx context.Context, r request) (bool, error) {
	re := regexp.MustCompile(cfg.Pattern) // want `regexp.MustCompile compiles the same regular expression again on every invocation of filled`
	return re.MatchString(r.Text), nil
}

func main() {
	if err := json.Unmarshal([]byte(os.Getenv("SETTINGS")), cfg); err != nil {
		panic(err)
	}
	lambda.Start(longest)
	lambda.Start(matches)
	lambda.Start(capped)
	lambda.Start(queried)
	lambda.Start(strict)
	lambda.Start(rendered)
	lambda.Start(rare)
	lambda.Start(pinged)
	lambda.Start(unpinged)
	lambda.Start(filled)
}
