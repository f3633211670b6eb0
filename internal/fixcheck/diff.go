package fixcheck

import "strings"

// SplitLines splits s after each newline, keeping them.
func SplitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// Hunk replaces lines a[A0:A1] with b[B0:B1].
type Hunk struct{ A0, A1, B0, B1 int }

// maxDiffCells bounds the LCS table; a larger change keeps its raw edits.
const maxDiffCells = 4 << 20

// DiffLines returns the hunks that turn a into b: the common prefix and
// suffix are trimmed, then a longest common subsequence over what is left.
// It returns nil when that window is too large to diff.
func DiffLines(a, b []string) []Hunk {
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
		return []Hunk{{pre, pre + len(x), pre, pre + len(y)}}
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
	var hunks []Hunk
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
		hunks = append(hunks, Hunk{pre + i0, pre + i, pre + j0, pre + j})
	}
	return hunks
}
