package analyzer

import (
	"go/types"
)

//go:generate go run ./internal/gensdkwrites -mod ../testdata/sdkinputs -o sdkwrites_gen.go

// sdkWritesInto reports whether the SDK writes into an operation input of
// type named while it sends it.
// sdkWrites is sdkWritesInto, its answers kept by type: every params
// finding of a package asks, most of them of a few input types.
func (ix *detection) sdkWrites(named *types.Named) bool {
	if w, ok := ix.writesMemo[named]; ok {
		return w
	}
	if ix.writesMemo == nil {
		ix.writesMemo = map[*types.Named]bool{}
	}
	w := sdkWritesInto(named)
	ix.writesMemo[named] = w
	return w
}
