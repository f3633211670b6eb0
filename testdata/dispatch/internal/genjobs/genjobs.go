// Package genjobs holds warehouse jobs, some of which open what they need
// on every call.
package genjobs

import (
	"context"
	"database/sql"
	"os"
	"text/template"
)

// Job is one job request.
type Job struct {
	Type string `json:"type"`
	ID   string `json:"id"`
}

// Kind is the routing key.
func (j Job) Kind() string { return j.Type }

// Svc holds the pool opened at start-up.
type Svc struct{ db *sql.DB }

// New wraps db.
func New(db *sql.DB) *Svc { return &Svc{db: db} }

// Import uses the shared pool.
func (s *Svc) Import(ctx context.Context, j Job) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO imports(id) VALUES ($1)", j.ID)
	return err
}

// Export opens its own pool on every call.
func (s *Svc) Export(ctx context.Context, j Job) error {
	db, err := sql.Open("postgres", os.Getenv("WAREHOUSE_DSN")) // EXPECT: sql.Open on every call of a route a generic table dispatches
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, "DELETE FROM exports WHERE id = $1", j.ID)
	return err
}

// Audit renders an audit line with a template it parses on every call.
func (s *Svc) Audit(ctx context.Context, j Job) error {
	t := template.Must(template.New("audit").Parse("job={{.Type}} id={{.ID}}\n")) // EXPECT: a constant template parsed on every step of a generic pipeline
	return t.Execute(os.Stdout, j)
}

// Archive writes one item, opening the archive database each time.
func Archive(ctx context.Context, id string) error {
	db, err := sql.Open("postgres", os.Getenv("ARCHIVE_DSN")) // EXPECT: sql.Open for every item of a generic fan-out
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, "INSERT INTO archive(id) VALUES ($1)", id)
	return err
}
