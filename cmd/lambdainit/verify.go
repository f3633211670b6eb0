package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
)

const verifyUsage = `usage: lambdainit verify [flags] DIR...

Flags given before the directories (-handler-shapes, -checks=…) go to
every lambdainit run.

verify copies each Go module DIR to a temporary directory, applies every
lambdainit fix, and checks that the fixed module is gofmt-clean, builds,
vets and passes its tests, and that a second lambdainit -fix changes
nothing. It prints a report per module and exits 1 when a check fails.
The modules themselves are never changed.
`

// verify implements `lambdainit verify DIR...`.
func verify(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		fmt.Fprint(stderr, verifyUsage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(stderr, "lambdainit verify:", err)
		return 1
	}
	// Leading flags go to every lambdainit run (verify -handler-shapes
	// DIR… also fixes the handlers of library packages in place).
	var flags []string
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		flags, args = append(flags, args[0]), args[1:]
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "module\tfindings\tfixed\tleft (no fix)\tgofmt\tbuild\tvet\ttest\tsecond -fix\t")
	var failures []string
	for _, dir := range args {
		fmt.Fprintf(stderr, "verifying %s…\n", dir)
		r := verifyModule(self, dir, flags)
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", dir, r.before, r.before-r.after, r.after,
			r.status("gofmt"), r.status("build"), r.status("vet"), r.status("test"), r.status("refix"))
		for _, f := range r.failures {
			failures = append(failures, dir+": "+f)
		}
	}
	tw.Flush()
	for _, f := range failures {
		fmt.Fprintln(stderr, f)
	}
	if len(failures) > 0 {
		return 1
	}
	return 0
}

type verifyResult struct {
	before, after int
	checks        map[string]bool
	failures      []string
}

func (r *verifyResult) status(check string) string {
	ok, ran := r.checks[check]
	switch {
	case !ran:
		return "-"
	case ok:
		return "ok"
	}
	return "FAIL"
}

func (r *verifyResult) check(name string, err error) bool {
	r.checks[name] = err == nil
	if err != nil {
		r.failures = append(r.failures, name+": "+err.Error())
	}
	return err == nil
}

func verifyModule(tool, dir string, flags []string) *verifyResult {
	r := &verifyResult{checks: map[string]bool{}}
	tmp, err := os.MkdirTemp("", "lambdainit-verify-")
	if err != nil {
		r.failures = append(r.failures, err.Error())
		return r
	}
	defer os.RemoveAll(tmp)
	work := filepath.Join(tmp, filepath.Base(dir))
	if err := copyDir(dir, work); err != nil {
		r.failures = append(r.failures, "copy: "+err.Error())
		return r
	}
	lint := func(args ...string) (string, error) {
		return runIn(work, tool, append(slices.Clone(flags), args...)...)
	}
	out, _ := lint("./...")
	r.before = countFindings(out)
	if out, err := lint("-fix", "./..."); err != nil && exitCode(err) > 3 {
		r.failures = append(r.failures, "lambdainit -fix: "+out)
		return r
	}
	out, _ = runIn(work, "gofmt", "-l", ".")
	var gofmtErr error
	if strings.TrimSpace(out) != "" {
		gofmtErr = errors.New("not gofmt-clean: " + strings.TrimSpace(out))
	}
	r.check("gofmt", gofmtErr)
	for _, c := range []struct{ name, arg string }{{"build", "build"}, {"vet", "vet"}, {"test", "test"}} {
		out, err := runIn(work, "go", c.arg, "./...")
		if err != nil {
			err = fmt.Errorf("%w\n%s", err, out)
		}
		if !r.check(c.name, err) && c.name == "build" {
			return r
		}
	}
	out, _ = lint("./...")
	r.after = countFindings(out)
	sum := treeHash(work)
	_, _ = lint("-fix", "./...")
	var refixErr error
	if treeHash(work) != sum {
		refixErr = errors.New("a second lambdainit -fix changed the module")
	}
	r.check("refix", refixErr)
	return r
}

// countFindings counts the diagnostics of lambdainit's text output (the
// related-information lines, indented with a tab, are not findings).
func countFindings(out string) int {
	n := 0
	for line := range strings.SplitSeq(out, "\n") {
		if strings.Contains(line, ".go:") && !strings.Contains(line, ": \t") {
			n++
		}
	}
	return n
}

func runIn(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var b bytes.Buffer
	cmd.Stdout, cmd.Stderr = &b, &b
	err := cmd.Run()
	return b.String(), err
}

func exitCode(err error) int {
	var e *exec.ExitError
	if errors.As(err, &e) {
		return e.ExitCode()
	}
	return -1
}

func copyDir(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
}

func treeHash(dir string) string {
	h := sha256.New()
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		fmt.Fprintf(h, "%s %d\n", path, len(data))
		h.Write(data)
		return err
	})
	return fmt.Sprintf("%x", h.Sum(nil))
}
