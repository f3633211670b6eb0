// Package settings holds a region that the handler changes per event: its
// getter is not the same on every call.
package settings

// Region is the region to talk to.
type Region struct{ name string }

// New starts from a default region.
func New(name string) *Region { return &Region{name: name} }

// Name returns the current region.
func (r *Region) Name() string { return r.name }

// Use switches to another region.
func (r *Region) Use(name string) { r.name = name }

// Fixed is a region nothing changes after it is made.
type Fixed struct{ name string }

// NewFixed makes a fixed region.
func NewFixed(name string) Fixed { return Fixed{name: name} }

// Name returns the region.
func (f Fixed) Name() string { return f.name }

// Rotation hands out its regions in turn.
type Rotation struct {
	names []string
	next  int
}

// NewRotation rotates over names.
func NewRotation(names ...string) *Rotation { return &Rotation{names: names} }

// Name returns the next region of the rotation.
func (r *Rotation) Name() string {
	n := r.names[r.next%len(r.names)]
	r.advance()
	return n
}

func (r *Rotation) advance() { r.next++ }
