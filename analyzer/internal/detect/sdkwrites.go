package detect

import (
	"go/types"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
)

// sdkWrites is catalogue.SDKWritesInto, its answers kept by type: every params
// finding of a package asks, most of them of a few input types.
func (ix *Detection) sdkWrites(named *types.Named) bool {
	if w, ok := ix.writesMemo[named]; ok {
		return w
	}
	if ix.writesMemo == nil {
		ix.writesMemo = map[*types.Named]bool{}
	}
	w := catalogue.SDKWritesInto(named)
	ix.writesMemo[named] = w
	return w
}
