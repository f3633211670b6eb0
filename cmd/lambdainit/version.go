package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// moduleVersion is the version of lambdainit's module the binary was built
// from: v0.x.y from go install …@version, a pseudo-version from a build in a
// git checkout (with +dirty when the tree had changes), or "(devel)".
func moduleVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" {
		return "(devel)"
	}
	return info.Main.Version
}

// printVersion answers -V and -V=full. go vet runs the tool with -V=full
// and keys its cache on the answer: on the version when it is a release or
// a clean pseudo-version, which name immutable code, and on a hash of the
// binary otherwise ("devel"), so that a rebuilt tool never replays cached
// results.
func printVersion(w io.Writer, full bool) error {
	v := moduleVersion()
	if !full {
		_, err := fmt.Fprintf(w, "lambdainit version %s\n", v)
		return err
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	f, err := os.Open(exe)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	if v == "(devel)" || strings.HasSuffix(v, "+dirty") {
		_, err = fmt.Fprintf(w, "%s version devel %s buildID=%x\n", exe, v, h.Sum(nil))
	} else {
		_, err = fmt.Fprintf(w, "%s version %s buildID=%x\n", exe, v, h.Sum(nil))
	}
	return err
}
