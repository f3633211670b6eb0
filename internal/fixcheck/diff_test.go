package fixcheck

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestDiffLines(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"", ""},
		{"a\n", "a\n"},
		{"a\nb\nc\n", "a\nc\n"},
		{"a\nc\n", "a\nb\nc\n"},
		{"a\nb\nc\nd\n", "x\nb\ny\nd\nz\n"},
		{"", "a\nb\n"},
		{"a\nb\n", ""},
		{"p\nq\nr\ns\nt\n", "q\nr\nX\nt\np\n"},
	} {
		a, b := SplitLines(tc.a), SplitLines(tc.b)
		if tc.a == "" {
			a = nil
		}
		if tc.b == "" {
			b = nil
		}
		var got []string
		pos := 0
		for _, h := range DiffLines(a, b) {
			if h.A0 < pos {
				t.Fatalf("%q → %q: hunks out of order", tc.a, tc.b)
			}
			got = append(got, a[pos:h.A0]...)
			got = append(got, b[h.B0:h.B1]...)
			pos = h.A1
		}
		got = append(got, a[pos:]...)
		if strings.Join(got, "") != tc.b {
			t.Errorf("%q → %q: applying the hunks gives %q", tc.a, tc.b, strings.Join(got, ""))
		}
	}
}

// TestDiffLinesRandom checks on random line sequences that applying the
// hunks to a always gives b.
func TestDiffLinesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gen := func() []string {
		n := r.IntN(12)
		lines := make([]string, n)
		for i := range lines {
			lines[i] = string(rune('a'+r.IntN(4))) + "\n"
		}
		return lines
	}
	for range 2000 {
		a, b := gen(), gen()
		var got []string
		pos := 0
		for _, h := range DiffLines(a, b) {
			got = append(got, a[pos:h.A0]...)
			got = append(got, b[h.B0:h.B1]...)
			pos = h.A1
		}
		got = append(got, a[pos:]...)
		if strings.Join(got, "") != strings.Join(b, "") {
			t.Fatalf("%q → %q: applying the hunks gives %q", a, b, got)
		}
	}
}
