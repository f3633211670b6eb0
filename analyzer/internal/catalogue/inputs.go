package catalogue

import (
	"go/types"
	"slices"
	"strings"
)

// InputType returns the named type of t when it is an SDK operation input
// struct (…Input in a service package).
func InputType(t types.Type) *types.Named {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return nil
	}
	if !strings.HasSuffix(named.Obj().Name(), "Input") || !IsServicePackage(named.Obj().Pkg().Path()) {
		return nil
	}
	return named
}

// IsSDKConfigType reports whether t is (a pointer to) an SDK configuration
// type: v2's aws.Config, v1's aws.Config or session.Session.
func IsSDKConfigType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Name() != "Config" {
		return false
	}
	path := named.Obj().Pkg().Path()
	return path == v2Prefix+"aws" || path == v1Prefix+"aws"
}

// Shareable reports whether a value of type t may be shared by concurrent
// invocations: the SDK's clients, configs, sessions and inputs (inputs are
// shared only when nothing mutates them, which the params check proved),
// and plain values.
func Shareable(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := types.Unalias(t).(type) {
	case *types.Basic:
		return true
	case *types.Named:
		pkg := u.Obj().Pkg()
		return pkg != nil && (IsSDKPackage(pkg.Path()) || slices.Contains(shareableTypes[pkg.Path()], u.Obj().Name()))
	}
	return false
}
