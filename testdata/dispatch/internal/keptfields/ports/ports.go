// Package ports is what the handler asks of its store.
package ports

// Store keeps the sync state.
type Store interface {
	Login(user string) error
	Page() error
}
