// Command lambdainit reports the Init-phase work that AWS Lambda handlers
// repeat on every invocation, and moves it out of the handler with -fix.
//
// Usage:
//
//	lambdainit [flags] packages
//	lambdainit [flags] files.go …   (the packages of those files)
//	go vet -vettool=$(which lambdainit) [flags] packages
//	go fix -fixtool=$(which lambdainit) packages
//	lambdainit verify DIR…   (apply every fix to a copy of each module and check it)
//
// Run with -help for the checks and the flags.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/lambdainit/lambdainit/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	args := os.Args[1:]
	switch {
	case len(args) > 0 && args[0] == "verify":
		os.Exit(verify(args[1:], os.Stdout, os.Stderr))
	case slices.Contains(args, "-V=full"):
		// go vet and go fix ask for the version they key their cache on.
		if err := printVersion(os.Stdout, true); err != nil {
			fmt.Fprintln(os.Stderr, "lambdainit:", err)
			os.Exit(1)
		}
		os.Exit(0)
	case vetProtocol(args):
		// go vet -vettool and go fix -fixtool: one package per run,
		// described by a config file. A bad analyzer flag would otherwise
		// print the whole help once per package.
		if err := checkAnalyzerFlags(args); err != nil {
			if firstComplaint() {
				fmt.Fprintf(os.Stderr, "lambdainit: %v\n", err)
				os.Exit(1)
			}
			os.Exit(0) // go vet heard it from the first package
		}
		singlechecker.Main(analyzer.Analyzer) // its unprefixed flags, then unitchecker
	}
	os.Exit(standalone(filesToPackages(os.Args)[1:], os.Stdout, os.Stderr))
}

// firstComplaint reports whether this is the first run of lambdainit under
// the go command that started it to report a bad flag: go vet runs the
// tool once per package, and one line of error is enough. A marker file
// names the go command's process; one older than ten minutes is another
// run's whose process id came round again.
func firstComplaint() bool {
	marker := filepath.Join(os.TempDir(), fmt.Sprintf("lambdainit-bad-flag-%d", os.Getppid()))
	if info, err := os.Stat(marker); err == nil && time.Since(info.ModTime()) > 10*time.Minute {
		_ = os.Remove(marker)
	}
	f, err := os.OpenFile(marker, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return !errors.Is(err, fs.ErrExist)
	}
	f.Close()
	return true
}

// vetProtocol reports whether the go command runs lambdainit as a vet
// tool: to describe its flags, or on one package's config file.
func vetProtocol(args []string) bool {
	if slices.Contains(args, "-flags") {
		return true
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// checkAnalyzerFlags checks the values of the analyzer's flags among args,
// which also hold the go command's own (-json, -c=…): it returns the first
// bad value as one error.
func checkAnalyzerFlags(args []string) error {
	fs := analyzer.New(analyzer.Config{}).Flags
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		f := fs.Lookup(name)
		if f == nil || !strings.HasPrefix(args[i], "-") {
			continue
		}
		if !hasValue {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				value = "true"
			} else if i+1 < len(args) {
				i++
				value = args[i]
			}
		}
		if err := fs.Set(name, value); err != nil {
			return fmt.Errorf("invalid value %q for flag -%s: %w", value, name, err)
		}
	}
	return nil
}

// filesToPackages replaces Go file arguments with the directories of their
// packages, so that hooks that pass file names (pre-commit) analyze whole
// packages, however many directories the files come from. Flags and
// package patterns pass through. When go vet runs the tool, its arguments
// are a config file and flags, which pass through too.
func filesToPackages(args []string) []string {
	out := []string{args[0]}
	var dirs []string
	for _, a := range args[1:] {
		if strings.HasPrefix(a, "-") || !strings.HasSuffix(a, ".go") {
			out = append(out, a)
			continue
		}
		if info, err := os.Stat(a); err != nil || info.IsDir() {
			out = append(out, a)
			continue
		}
		dir := filepath.Dir(a)
		if !filepath.IsAbs(dir) && dir != "." && !strings.HasPrefix(dir, "..") {
			dir = "./" + filepath.ToSlash(dir) // a package pattern, not an import path
		}
		if !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
	}
	return append(out, dirs...)
}
