// Command gensdkwrites writes the table of operation inputs the AWS SDKs
// write into (analyzer/internal/catalogue/sdkwrites_gen.go), from the SDK
// modules in the build list of a module. Run it with go generate in the
// catalogue package:
//
//	go generate ./analyzer/internal/catalogue
//
// It reads the modules' source in the module cache; run go mod download
// in the module first.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/lambdainit/lambdainit/analyzer/internal/sdkscan"
)

func main() {
	mod := flag.String("mod", "", "directory of the module whose SDK modules to scan")
	out := flag.String("o", "", "output file")
	pkg := flag.String("pkg", "catalogue", "package name of the output file")
	flag.Parse()
	if *mod == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: gensdkwrites -mod dir -o file.go")
		os.Exit(2)
	}
	if err := run(*mod, *out, *pkg); err != nil {
		fmt.Fprintln(os.Stderr, "gensdkwrites:", err)
		os.Exit(1)
	}
}

func run(mod, out, pkg string) error {
	mods, err := sdkscan.Modules(mod)
	if err != nil {
		return err
	}
	t, err := sdkscan.Scan(mods)
	if err != nil {
		return err
	}
	if len(t.PaginatorWrites) > 0 {
		fmt.Fprintf(os.Stderr, "gensdkwrites: %d paginators write into their caller's input; those inputs are never shared\n", len(t.PaginatorWrites))
	}
	src, err := t.Source(pkg)
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}
