// Package genjobscached holds the same jobs written with what they need
// built once.
package genjobscached

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

var audit = template.Must(template.New("audit").Parse("job={{.Type}} id={{.ID}}\n"))

// Svc holds the pool opened at start-up.
type Svc struct{ db *sql.DB }

// New wraps db.
func New(db *sql.DB) *Svc { return &Svc{db: db} }

// Import uses the shared pool.
func (s *Svc) Import(ctx context.Context, j Job) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO imports(id) VALUES ($1)", j.ID)
	return err
}

// Export opens a pool for the database the job names.
func (s *Svc) Export(ctx context.Context, j Job) error {
	db, err := sql.Open("postgres", os.Getenv("DSN_PREFIX")+j.ID)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, "DELETE FROM exports WHERE id = $1", j.ID)
	return err
}

// Audit renders an audit line with the template parsed at start-up.
func (s *Svc) Audit(ctx context.Context, j Job) error {
	return audit.Execute(os.Stdout, j)
}

// Archive writes one item through the shared pool.
func (s *Svc) Archive(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO archive(id) VALUES ($1)", id)
	return err
}
