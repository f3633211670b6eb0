// Package registry keeps the named actions other packages register.
package registry

import "context"

// Action runs one command.
type Action func(ctx context.Context, arg string) error

var actions = map[string]Action{}

// Register adds an action.
func Register(name string, a Action) { actions[name] = a }

// Lookup returns the named action.
func Lookup(name string) (Action, bool) {
	a, ok := actions[name]
	return a, ok
}
