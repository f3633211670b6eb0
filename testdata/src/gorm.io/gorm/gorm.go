// Package gorm is a stub of gorm.io/gorm.
package gorm

type Dialector interface{}

type Option interface{}

type DB struct{}

func Open(dialector Dialector, opts ...Option) (*DB, error) { return &DB{}, nil }

// Config is gorm's configuration; Open pings the database unless
// DisableAutomaticPing is set.
type Config struct {
	DisableAutomaticPing   bool
	SkipDefaultTransaction bool
}
