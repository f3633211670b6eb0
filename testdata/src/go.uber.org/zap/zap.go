// Package zap is a stub of go.uber.org/zap.
package zap

type Option interface{}

type Logger struct{}

func NewProduction(options ...Option) (*Logger, error) { return &Logger{}, nil }

func (log *Logger) Info(msg string) {}
