// Package sqlx is a stub of github.com/jmoiron/sqlx.
package sqlx

type DB struct{}

func Connect(driverName, dataSourceName string) (*DB, error) { return &DB{}, nil }
