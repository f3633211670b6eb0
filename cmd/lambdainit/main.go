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
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "verify" {
		os.Exit(verify(os.Args[2:], os.Stdout, os.Stderr))
	}
	os.Args = filesToPackages(os.Args)
	singlechecker.Main(analyzer.Analyzer)
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
