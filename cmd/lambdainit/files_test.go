package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFilesToPackages(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a/x.go", "a/y_test.go", "b/c/z.go", "top.go"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("package p\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	got := filesToPackages([]string{"lambdainit", "-fix", "a/x.go", "a/y_test.go", "b/c/z.go", "top.go", "./d/...", "missing.go"})
	want := []string{"lambdainit", "-fix", "./d/...", "missing.go", "./a", "./b/c", "."}
	if !slices.Equal(got, want) {
		t.Errorf("filesToPackages = %q, want %q", got, want)
	}
	vet := []string{"lambdainit", "-V=full"}
	if got := filesToPackages(vet); !slices.Equal(got, vet) {
		t.Errorf("go vet's arguments changed: %q", got)
	}
}
