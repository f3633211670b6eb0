// Package dbutil holds database helpers of another package than the
// handler's: their bodies are not the handler package's to read.
package dbutil

import "database/sql"

// CloseLogged closes db and logs a failure.
func CloseLogged(db *sql.DB) { _ = db.Close() }

// Repo wraps a pool; Close closes it.
type Repo struct{ db *sql.DB }

// NewRepo returns a Repo over db.
func NewRepo(db *sql.DB) *Repo { return &Repo{db: db} }

// Close closes the pool.
func (r *Repo) Close() error { return r.db.Close() }

// Count reads through the pool.
func (r *Repo) Count() int { return 0 }
