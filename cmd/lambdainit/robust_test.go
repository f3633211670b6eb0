package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestVerify runs `lambdainit verify` on the example module, and on a
// module whose own tests fail, which it must report. (CI runs verify on the
// other modules of testdata, realsdk, realdeps and hazards: building and
// testing them once there is enough, and keeps this suite fast.)
func TestVerify(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds modules against the real SDK")
	}
	tool := buildTool(t)
	example := exampleDir(t)
	testdata := filepath.Dir(example)
	out, code := run(t, testdata, tool, "verify", example)
	if code != 0 {
		t.Fatalf("verify exited %d:\n%s", code, out)
	}
	for _, want := range []string{"module", "second -fix", example} {
		if !strings.Contains(out, want) {
			t.Errorf("verify report lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, example) && (!strings.Contains(line, "ok") || strings.Contains(line, "FAIL")) {
			t.Errorf("example row: %s", line)
		}
	}

	// A module whose own test fails: a small one, so that the failure is
	// all that differs from the run above (a copy of the example would
	// repeat its whole pipeline).
	broken := filepath.Join(t.TempDir(), "broken")
	for name, text := range map[string]string{
		"go.mod":       "module example.com/broken\n\ngo 1.26\n",
		"main.go":      "package main\n\nfunc main() {}\n",
		"main_test.go": "package main\n\nimport \"testing\"\n\nfunc TestFails(t *testing.T) { t.Fatal(\"broken on purpose\") }\n",
	} {
		if err := os.MkdirAll(broken, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(broken, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, code = run(t, testdata, tool, "verify", broken)
	if code != 1 || !strings.Contains(out, "FAIL") || !strings.Contains(out, "broken on purpose") {
		t.Errorf("verify on a module with a failing test: exit %d\n%s", code, out)
	}
	if out, code := run(t, testdata, tool, "verify"); code != 2 || !strings.Contains(out, "usage: lambdainit verify") {
		t.Errorf("verify without a directory: exit %d\n%s", code, out)
	}
}

// TestBadInput checks that syntax and type errors get a clear answer from
// the driver, not a panic and not silence.
func TestBadInput(t *testing.T) {
	t.Parallel()
	tool := buildTool(t)
	for name, src := range map[string]string{
		"syntax": "package main\n\nfunc broken( {\n",
		"types":  "package main\n\nfunc broken() int { return \"not an int\" }\n",
	} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "example")
			mustCopy(t, exampleDir(t), dir)
			if err := os.WriteFile(filepath.Join(dir, "scan", "broken.go"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			out, code := run(t, dir, tool, "./...")
			if code == 0 || strings.Contains(out, "panic") || !strings.Contains(out, "broken.go:3") {
				t.Errorf("exit %d, want a clear error about broken.go:\n%s", code, out)
			}
		})
	}
}

// TestVendorAndJSON checks a module with a vendor directory (nothing in
// vendor/ is analyzed, findings stay the same) and the -json output.
func TestVendorAndJSON(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("vendors the real SDK")
	}
	tool := buildTool(t)
	dir := filepath.Join(t.TempDir(), "example")
	mustCopy(t, exampleDir(t), dir)
	// One package: the vendored copies of its dependencies compile anew
	// (the build cache keys them by their directory), and the whole module
	// would compile both SDKs again.
	before, _ := run(t, dir, tool, "./scan")
	if out, code := run(t, dir, "go", "mod", "vendor"); code != 0 {
		t.Fatalf("go mod vendor: %s", out)
	}
	after, _ := run(t, dir, tool, "./scan")
	if len(findings(t, dir, before)) == 0 {
		t.Fatalf("no findings in ./scan before vendoring:\n%s", before)
	}
	if strings.Contains(after, "vendor/") || !slices.Equal(findings(t, dir, before), findings(t, dir, after)) {
		t.Errorf("findings changed with a vendor directory:\nbefore\n%s\nafter\n%s", before, after)
	}

	out, _ := run(t, dir, tool, "-json", "./scan")
	var report map[string]map[string][]struct {
		Posn, Message, Category string
		SuggestedFixes          []struct{ Message string } `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("-json output does not parse: %v\n%s", err, out)
	}
	var cats []string
	fixes := 0
	for _, byAnalyzer := range report {
		for _, d := range byAnalyzer["lambdainit"] {
			cats = append(cats, d.Category)
			fixes += len(d.SuggestedFixes)
		}
	}
	slices.Sort(cats)
	if !slices.Equal(cats, []string{"client", "config", "params"}) || fixes != 1 {
		t.Errorf("-json: categories %v and %d fixes, want client, config, params and one fix", cats, fixes)
	}
}

// TestBrokenTestFile runs lambdainit on a copy of the example module in
// which one package's test file imports a mock that was never generated:
// that test variant does not type-check, and the package itself still
// gets every finding, with the error printed relative to the working
// directory and the exit code of an error.
func TestBrokenTestFile(t *testing.T) {
	t.Parallel()
	tool := buildTool(t)
	dir := filepath.Join(t.TempDir(), "example")
	mustCopy(t, exampleDir(t), dir)
	test := "package main\n\nimport (\n\t\"testing\"\n\n\t\"example.com/lambdafns/mocks\"\n)\n\nfunc TestScan(t *testing.T) { _ = mocks.NewStore() }\n"
	if err := os.WriteFile(filepath.Join(dir, "scan", "mock_test.go"), []byte(test), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code := run(t, dir, tool, "./...")
	if code != exitError {
		t.Errorf("exit %d, want %d (an error)\n%s", code, exitError, out)
	}
	for _, want := range []string{
		"scan/mock_test.go:6:2: ", // the error, relative
		"scan/main.go:28:14: config.LoadDefaultConfig loads",
		"scan/main.go:32:9: dynamodb.NewFromConfig builds",
		"legacy/main.go:17:10: session.NewSession builds",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q\n%s", want, out)
		}
	}
	if strings.Contains(out, dir) {
		t.Errorf("output holds absolute paths:\n%s", out)
	}
}

// TestWorkspace runs lambdainit in a go.work of two modules: the handler's
// module calls a helper of the other, which builds a client on every call.
// The workspace's modules are the user's code: the helper is summarised
// (its facts are read, and its work named at the call), not taken for a
// dependency that may keep what it returns.
func TestWorkspace(t *testing.T) {
	t.Parallel()
	if err := exampleBuilt(); err != nil {
		t.Fatal(err)
	}
	tool := buildTool(t)
	ws := t.TempDir()
	mod, err := os.ReadFile(filepath.Join(testdataDir("example"), "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(testdataDir("example"), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	_, requires, _ := strings.Cut(string(mod), "\n")
	files := map[string]string{
		"go.work":    "go 1.26\n\nuse (\n\t./app\n\t./lib\n)\n",
		"app/go.mod": "module example.com/app\n" + requires,
		"app/go.sum": string(sum),
		"lib/go.mod": "module example.com/lib\n" + requires,
		"lib/go.sum": string(sum),
		"lib/store/store.go": `package store

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Client returns a DynamoDB client.
func Client(ctx context.Context) (*dynamodb.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return dynamodb.NewFromConfig(cfg), nil
}
`,
		"app/cmd/fn/main.go": `package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/lib/store"
)

func handler(ctx context.Context) error {
	c, err := store.Client(ctx)
	if err != nil {
		return err
	}
	_ = c
	return nil
}

func main() { lambda.Start(handler) }
`,
	}
	for name, text := range files {
		path := filepath.Join(ws, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, code := run(t, filepath.Join(ws, "app"), tool, "./...")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s", code, exitFindings, out)
	}
	want := "cmd/fn/main.go:12:12: store.Client loads the shared config files and resolves credentials (config.LoadDefaultConfig, store/store.go:12)"
	if !strings.Contains(out, want) || strings.Contains(out, "does not look inside") {
		t.Errorf("the other module's helper is not summarised; want %q in\n%s", want, out)
	}
}
