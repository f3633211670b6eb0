// Package code holds lambdainit's pass-free questions about Go code: type
// predicates (IsError, IsContext, IsNamedType), syntax queries (RootIdent,
// SameRef, the identifiers of a body, what a statement defines, whether it
// exits, where a declaration starts), the labels messages give functions,
// and the file questions (generated, processed by cgo). Nothing here reads
// an analysis.Pass beyond what it is handed, or keeps state.
package code
