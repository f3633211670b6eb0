package analyzer

import (
	"bytes"
	"go/format"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// formatEdits applies edits to a gofmt-clean file, formats the result, and
// returns the same change as minimal whole-line edits, so that the fixed
// file is gofmt-clean (gofmt realigns comments next to changed lines). A
// file that was not gofmt-clean keeps the edits as they are: formatting it
// would change lines the fix has no business with.
func formatEdits(tf *token.File, src []byte, edits []analysis.TextEdit) []analysis.TextEdit {
	if formatted, err := format.Source(src); err != nil || !bytes.Equal(formatted, src) {
		return edits
	}
	out, err := applyEdits(tf, src, edits)
	if err != nil {
		return edits
	}
	formatted, err := format.Source(out)
	if err != nil {
		return edits
	}
	a, b := splitLines(string(src)), splitLines(string(formatted))
	var res []analysis.TextEdit
	offsets := make([]int, len(a)+1)
	for i, l := range a {
		offsets[i+1] = offsets[i] + len(l)
	}
	for _, h := range diffLines(a, b) {
		res = append(res, analysis.TextEdit{
			Pos:     tf.Pos(offsets[h.a0]),
			End:     tf.Pos(offsets[h.a1]),
			NewText: []byte(strings.Join(b[h.b0:h.b1], "")),
		})
	}
	return res
}

// splitLines splits s after each newline, keeping them.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// hunk replaces lines a[a0:a1] with b[b0:b1].
type hunk struct{ a0, a1, b0, b1 int }

// maxDiffCells bounds the LCS table; a larger change keeps its raw edits.
const maxDiffCells = 4 << 20

// diffLines returns the hunks that turn a into b: the common prefix and
// suffix are trimmed, then a longest common subsequence over what is left.
// It returns nil when that window is too large to diff.
func diffLines(a, b []string) []hunk {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	x, y := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(x) == 0 && len(y) == 0 {
		return nil
	}
	if (len(x)+1)*(len(y)+1) > maxDiffCells {
		return []hunk{{pre, pre + len(x), pre, pre + len(y)}}
	}
	// lcs[i][j] is the LCS length of x[i:] and y[j:].
	w := len(y) + 1
	lcs := make([]int32, (len(x)+1)*w)
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	var hunks []hunk
	i, j := 0, 0
	start := func() (int, int) { return i, j }
	for i < len(x) || j < len(y) {
		if i < len(x) && j < len(y) && x[i] == y[j] {
			i++
			j++
			continue
		}
		i0, j0 := start()
		for i < len(x) || j < len(y) {
			if i < len(x) && j < len(y) && x[i] == y[j] {
				break
			}
			if j >= len(y) || i < len(x) && lcs[(i+1)*w+j] >= lcs[i*w+j+1] {
				i++
			} else {
				j++
			}
		}
		hunks = append(hunks, hunk{pre + i0, pre + i, pre + j0, pre + j})
	}
	return hunks
}
