package catalogue

import (
	"go/types"
	"strings"
	"sync"
)

//go:generate go run ../gensdkwrites -mod ../../../testdata/sdkinputs -o sdkwrites_gen.go

// sdkWrite is a member of an operation input that the SDK writes while it
// sends the input (sdkwrites_gen.go, read from the SDK's own code): an
// idempotency token, S3's checksum mode, a presigned URL. Such an input
// cannot be shared between concurrent invocations.
type sdkWrite struct {
	field string
	at    string // in the SDK's source, relative to the service package
}

// commonSDKWrites are the members the SDK writes in more than one scanned
// service package (ClientToken, ClientRequestToken, PreSignedUrl, …): for a
// service package the table does not cover, an input holding one of them
// is taken to be written too.
var commonSDKWrites = sync.OnceValue(func() map[string]bool {
	pkgs := map[string]map[string]bool{}
	for key, ws := range sdkWrites {
		pkg := key[:strings.LastIndexByte(key, '.')]
		for _, w := range ws {
			if pkgs[w.field] == nil {
				pkgs[w.field] = map[string]bool{}
			}
			pkgs[w.field][pkg] = true
		}
	}
	common := map[string]bool{}
	for f, in := range pkgs {
		if len(in) > 1 {
			common[f] = true
		}
	}
	return common
})

// SDKWritesInto reports whether the SDK writes into an operation input of
// type named while it sends it.
func SDKWritesInto(named *types.Named) bool {
	path := named.Obj().Pkg().Path()
	if _, ok := sdkWrites[path+"."+named.Obj().Name()]; ok {
		return true
	}
	if sdkScanned[path] {
		return false
	}
	st := named.Underlying().(*types.Struct)
	common := commonSDKWrites()
	for i := range st.NumFields() {
		if common[st.Field(i).Name()] {
			return true
		}
	}
	return false
}
