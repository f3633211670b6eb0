// Package gencons calls methods of its type arguments through their
// constraints, on values it makes itself.
package gencons

import "context"

// Decoder is implemented on pointers to T.
type Decoder[T any] interface {
	*T
	Decode(b []byte) error
}

// Parse decodes b into a new T.
func Parse[T any, PT Decoder[T]](b []byte) (T, error) {
	var t T
	err := PT(&t).Decode(b)
	return t, err
}

// Loader loads something by key.
type Loader interface {
	Load(ctx context.Context, key string) (string, error)
}

// Fetch loads key with a zero L.
func Fetch[L Loader](ctx context.Context, key string) (string, error) {
	var l L
	return l.Load(ctx, key)
}

// Job runs one job.
type Job interface {
	Run(ctx context.Context) error
}

// Runner runs a zero J on every call.
type Runner[J Job] struct{ Name string }

// Handle is the Lambda handler.
func (r Runner[J]) Handle(ctx context.Context) error {
	var j J
	return j.Run(ctx)
}
