// Package middleware is a stub of github.com/aws/smithy-go/middleware.
package middleware

// Stack is an operation's middleware stack.
type Stack struct{}
