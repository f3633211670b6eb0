// Package db stands for a database driver the user lists as expensive.
package db

type DB struct{}

type Pool struct{}

func Open(dsn string) *DB { return &DB{} }

func (p *Pool) Client() *DB { return &DB{} }

func (d *DB) Query(q string) error { return nil }
