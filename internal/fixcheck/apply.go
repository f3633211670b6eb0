// Package fixcheck applies suggested fixes the way the drivers do and
// checks what comes out: it parses, it is gofmt-clean, it type-checks.
// The analyzer does not prove its fixes while it runs (Run reads nothing
// but the pass); the tests, the fuzz target and `lambdainit verify` do,
// with this package.
package fixcheck

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
)

// Edit replaces the bytes [Start, End) of a file with New.
type Edit struct {
	Start, End int
	New        string
}

// sortEdits orders edits by position, insertions before deletions at the
// same point, keeping the order of insertions at one point.
func sortEdits(edits []Edit) {
	slices.SortStableFunc(edits, func(a, b Edit) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
}

// Apply applies one fix's edits to src. Identical edits count once; edits
// that overlap otherwise are an error, as in every driver.
func Apply(src []byte, edits []Edit) ([]byte, error) {
	edits = slices.Clone(edits)
	sortEdits(edits)
	var out bytes.Buffer
	size := len(src)
	for _, e := range edits {
		size += len(e.New)
	}
	out.Grow(size)
	last := 0
	for i, e := range edits {
		if i > 0 && e == edits[i-1] {
			continue
		}
		if e.Start < last || e.Start > e.End || e.End > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) overlaps another or lies outside the file", e.Start, e.End)
		}
		out.Write(src[last:e.Start])
		out.WriteString(e.New)
		last = e.End
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// Merge combines the edits of several fixes to one file as the x/tools
// drivers (go vet -fix, singlechecker -fix, go fix) do: fix by fix, each
// merged into what the earlier ones left, identical edits coalescing. A fix
// that conflicts with the ones before it is dropped; its index is returned
// in dropped. The drivers then format the file (see Format).
func Merge(fixes [][]Edit) (merged []Edit, dropped []int) {
	for i, fix := range fixes {
		fix = slices.Clone(fix)
		sortEdits(fix)
		m, ok := merge2(merged, fix)
		if !ok {
			dropped = append(dropped, i)
			continue
		}
		merged = m
	}
	return merged, dropped
}

// merge2 merges two ordered lists of edits; false on a conflict: two
// different edits that replace text at the same point.
func merge2(x, y []Edit) ([]Edit, bool) {
	x, y = slices.Clone(x), slices.Clone(y)
	var out []Edit
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		a, b := &x[i], &y[j]
		switch {
		case *a == *b:
			out = append(out, *a)
			i++
			j++
		case a.End <= b.Start:
			out = append(out, *a)
			i++
		case b.End <= a.Start:
			out = append(out, *b)
			j++
		case a.Start < b.Start:
			out = append(out, Edit{a.Start, b.Start, ""})
			a.Start = b.Start
		case b.Start < a.Start:
			out = append(out, Edit{b.Start, a.Start, ""})
			b.Start = a.Start
		default:
			return nil, false
		}
	}
	out = append(out, x[i:]...)
	return append(out, y[j:]...), true
}

// Concat combines the edits of several fixes to one file as golangci-lint
// does with the fixes of one linter: all edits together, sorted, identical
// neighbours once. Overlapping edits make golangci-lint skip every fix of
// the linter in that file, which is an error here. golangci-lint formats
// the result only when the user enables a formatter, so what Concat
// returns must hold as it is.
func Concat(fixes [][]Edit) ([]Edit, error) {
	var all []Edit
	for _, fix := range fixes {
		all = append(all, fix...)
	}
	sortEdits(all)
	var out []Edit
	for i, e := range all {
		if i > 0 && e == all[i-1] {
			continue
		}
		if n := len(out); n > 0 && out[n-1].End > e.Start {
			return nil, fmt.Errorf("edits [%d,%d) and [%d,%d) overlap", out[n-1].Start, out[n-1].End, e.Start, e.End)
		}
		out = append(out, e)
	}
	return out, nil
}
