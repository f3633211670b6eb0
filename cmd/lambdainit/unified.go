package main

import (
	"fmt"
	"strings"

	"github.com/lambdainit/lambdainit/internal/fixcheck"
)

// unifiedDiff returns the change from a to b as a unified diff with three
// lines of context, headed name (old) and name (new) as go vet -diff does.
func unifiedDiff(name string, a, b []byte) string {
	x, y := fixcheck.SplitLines(string(a)), fixcheck.SplitLines(string(b))
	hunks := fixcheck.DiffLines(x, y)
	if len(hunks) == 0 {
		return ""
	}
	const context = 3
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s (old)\n+++ %s (new)\n", name, name)
	for i := 0; i < len(hunks); {
		// Hunks whose contexts touch are printed as one.
		j := i
		for j+1 < len(hunks) && hunks[j+1].A0-hunks[j].A1 <= 2*context {
			j++
		}
		a0, b0 := max(hunks[i].A0-context, 0), max(hunks[i].B0-context, 0)
		a1 := min(hunks[j].A1+context, len(x))
		b1 := hunks[j].B1 + (a1 - hunks[j].A1)
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", span(a0, a1), span(b0, b1))
		pos := a0
		for _, h := range hunks[i : j+1] {
			for _, l := range x[pos:h.A0] {
				out.WriteString(" " + line(l))
			}
			for _, l := range x[h.A0:h.A1] {
				out.WriteString("-" + line(l))
			}
			for _, l := range y[h.B0:h.B1] {
				out.WriteString("+" + line(l))
			}
			pos = h.A1
		}
		for _, l := range x[pos:a1] {
			out.WriteString(" " + line(l))
		}
		i = j + 1
	}
	return out.String()
}

// span prints a hunk's range of lines, from 0-based [from, to).
func span(from, to int) string {
	if to-from == 1 {
		return fmt.Sprint(from + 1)
	}
	if to == from {
		return fmt.Sprintf("%d,0", from)
	}
	return fmt.Sprintf("%d,%d", from+1, to-from)
}

// line ends l with a newline, marking a last line that had none.
func line(l string) string {
	if strings.HasSuffix(l, "\n") {
		return l
	}
	return l + "\n\\ No newline at end of file\n"
}
