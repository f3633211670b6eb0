package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadFlagOneLine checks that a bad flag value is one line of error,
// standalone and under go vet (which runs the tool once per package).
func TestBadFlagOneLine(t *testing.T) {
	t.Parallel()
	tool := buildTool(t)
	out, code := run(t, exampleDir(t), tool, "-checks=clients", "./...")
	if code != exitUsage || strings.Count(out, "\n") != 1 || !strings.Contains(out, `unknown check "clients"`) {
		t.Errorf("-checks=clients: exit %d, want %d and one line:\n%s", code, exitUsage, out)
	}
	// A module of its own, with two packages and nothing to download or
	// build but the standard library.
	mod := t.TempDir()
	for name, text := range map[string]string{
		"go.mod":    "module example.com/badflag\n\ngo 1.26\n",
		"a/a.go":    "package a\n\nfunc A() {}\n",
		"b/main.go": "package main\n\nimport \"example.com/badflag/a\"\n\nfunc main() { a.A() }\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(mod, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mod, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, code = run(t, mod, "go", "vet", "-vettool="+tool, "-landing=later", "./...")
	if code == 0 || strings.Count(out, "invalid value") != 1 || len(strings.Split(strings.TrimSpace(out), "\n")) > 2 {
		t.Errorf("go vet -landing=later: exit %d, want one line of error (and go vet's package header):\n%s", code, out)
	}
}

// TestFixOutputAndExitCodes checks what -fix and -fix -diff print and how
// they exit: 3 while something is left to fix or would change, 0 once
// every finding is fixed; the files changed, one line each, and the
// findings with no fix.
func TestFixOutputAndExitCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("fixes the example module against the real SDK")
	}
	t.Parallel()
	tool := buildTool(t)
	dir := filepath.Join(t.TempDir(), "example")
	mustCopy(t, exampleDir(t), dir)
	// A finding that gets no fix: the client reads the handler's receiver.
	left := filepath.Join(dir, "left")
	if err := os.MkdirAll(left, 0o755); err != nil {
		t.Fatal(err)
	}
	src := `package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type app struct{ region string }

func (a app) handle(ctx context.Context) error {
	_ = dynamodb.New(dynamodb.Options{Region: a.region})
	return nil
}

func main() { lambda.Start(app{region: "eu-west-1"}.handle) }
`
	if err := os.WriteFile(filepath.Join(left, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}

	sum := treeHash(dir)
	// -handler-shapes: the example's library handlers are fixed in place.
	out, code := run(t, dir, tool, "-handler-shapes", "-fix", "-diff", "./...")
	if code != exitFindings || !strings.Contains(out, "--- scan/main.go (old)") || treeHash(dir) != sum {
		t.Fatalf("-fix -diff: exit %d, want %d, a diff and no change:\n%s", code, exitFindings, out)
	}
	out, code = run(t, dir, tool, "-handler-shapes", "-fix", "./...")
	if code != exitFindings {
		t.Errorf("-fix with a finding left: exit %d, want %d", code, exitFindings)
	}
	for _, want := range []string{
		"lambdainit: fixed scan/main.go\n",
		"left/main.go:13:6: dynamodb.New builds",
		"no automatic fix: it reads the handler's receiver a",
		"lambdainit: 1 of 14 findings have no automatic fix",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("-fix output lacks %q:\n%s", want, out)
		}
	}
	if err := os.RemoveAll(left); err != nil {
		t.Fatal(err)
	}
	if out, code := run(t, dir, tool, "-handler-shapes", "-fix", "./..."); code != exitClean || out != "" {
		t.Errorf("-fix with nothing left: exit %d, want 0 and no output:\n%s", code, out)
	}
	if out, code := run(t, dir, tool, "-handler-shapes", "-fix", "-diff", "./..."); code != exitClean || out != "" {
		t.Errorf("-fix -diff with nothing to change: exit %d, want 0 and no output:\n%s", code, out)
	}
}

// TestRelativePaths checks that findings name files relative to the
// working directory, as go vet does.
func TestRelativePaths(t *testing.T) {
	t.Parallel()
	tool := buildTool(t)
	out, code := run(t, exampleDir(t), tool, "./scan")
	if code != exitFindings || !strings.HasPrefix(out, "scan/main.go:28:14: config.LoadDefaultConfig loads") {
		t.Errorf("exit %d, want findings with paths relative to the module:\n%s", code, out)
	}
	// -test=false leaves the test files out: the same findings here.
	if again, code := run(t, exampleDir(t), tool, "-test=false", "./scan"); code != exitFindings || again != out {
		t.Errorf("-test=false: exit %d, findings differ:\n%s", code, again)
	}
	// Files, as pre-commit passes them: their packages.
	out, code = run(t, exampleDir(t), tool, "scan/main.go", "legacy/main.go")
	if code != exitFindings || !strings.Contains(out, "scan/main.go:28:14:") || !strings.Contains(out, "legacy/main.go:17:10:") {
		t.Errorf("files: exit %d, want the findings of both packages:\n%s", code, out)
	}
}

// TestVersion checks -V and -V=full: the module version from the build
// information, and for go vet's cache a build ID.
func TestVersion(t *testing.T) {
	t.Parallel()
	tool := buildTool(t)
	out, _ := run(t, exampleDir(t), tool, "-V")
	if !strings.HasPrefix(out, "lambdainit version ") || strings.Contains(out, "comments-go-here") {
		t.Errorf("-V printed %q", out)
	}
	out, _ = run(t, exampleDir(t), tool, "-V=full")
	if f := strings.Fields(out); len(f) < 4 || f[1] != "version" || !strings.HasPrefix(f[len(f)-1], "buildID=") {
		t.Errorf("-V=full printed %q", out)
	}
}

// TestSARIF checks the shape of -format=sarif that GitHub code scanning
// reads: a rule per check with its help link, results by rule, related
// locations and fixes. .ci/sarif validates it against the SARIF 2.1.0
// schema.
func TestSARIF(t *testing.T) {
	t.Parallel()
	tool := buildTool(t)
	out, code := run(t, exampleDir(t), tool, "-format=sarif", "./scan")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d", code, exitFindings)
	}
	var log struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID, HelpURI string }
				}
			}
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
				RelatedLocations []any
				Fixes            []struct {
					Description     struct{ Text string }
					ArtifactChanges []struct{ Replacements []any }
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	rules := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		rules[r.ID] = true
		if r.HelpURI != "https://github.com/lambdainit/lambdainit#"+r.ID {
			t.Errorf("rule %s links to %s", r.ID, r.HelpURI)
		}
	}
	if len(rules) != 5 || len(run.Results) != 3 {
		t.Fatalf("%d rules, %d results; want 5 and scan's 3", len(rules), len(run.Results))
	}
	fixes := 0
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		if !rules[r.RuleID] || loc.ArtifactLocation.URI != "scan/main.go" || loc.Region.StartLine == 0 || len(r.RelatedLocations) == 0 {
			t.Errorf("result %+v", r)
		}
		for _, f := range r.Fixes {
			if f.Description.Text == "" || len(f.ArtifactChanges) == 0 || len(f.ArtifactChanges[0].Replacements) == 0 {
				t.Errorf("fix %+v", f)
			}
			fixes++
		}
	}
	if fixes != 1 {
		t.Errorf("%d fixes, want the one that moves scan's three findings", fixes)
	}
}

// TestREADMEWorkflow runs the lambdainit step of the README's GitHub
// Actions workflow as the runner would (sh -c, from the module's root, with
// lambdainit on PATH): it must succeed while there are findings, so that
// the upload step runs, and leave a SARIF log. The go install step names
// @latest, which no release serves yet; the README gives the local form
// beside it.
func TestREADMEWorkflow(t *testing.T) {
	t.Parallel()
	tool := buildTool(t)
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, workflow, _ := strings.Cut(string(readme), "**GitHub Actions with code scanning.**")
	_, workflow, _ = strings.Cut(workflow, "```yaml\n")
	workflow, _, _ = strings.Cut(workflow, "```")
	var step string
	for line := range strings.SplitSeq(workflow, "\n") {
		if cmd, ok := strings.CutPrefix(strings.TrimSpace(line), "- run: "); ok && strings.HasPrefix(cmd, "lambdainit ") {
			step = cmd
		}
	}
	if step == "" || !strings.Contains(workflow, "upload-sarif") {
		t.Fatalf("no lambdainit step and upload in the README's workflow:\n%s", workflow)
	}
	dir := filepath.Join(t.TempDir(), "example")
	mustCopy(t, exampleDir(t), dir)
	bin := t.TempDir()
	if err := os.Symlink(tool, filepath.Join(bin, "lambdainit")); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("sh", "-c", step)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", step, err, out)
	}
	var log struct {
		Version string
		Runs    []struct{ Results []any }
	}
	data, err := os.ReadFile(filepath.Join(dir, "lambdainit.sarif"))
	if err == nil {
		err = json.Unmarshal(data, &log)
	}
	if err != nil || log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Errorf("the step left no SARIF log with findings (%v):\n%.300s", err, data)
	}
}

// TestCPUProfile checks that -cpuprofile writes a profile (gzip-compressed
// protobuf, as runtime/pprof writes it) and leaves the findings as they are.
func TestCPUProfile(t *testing.T) {
	t.Parallel()
	tool := buildTool(t)
	prof := filepath.Join(t.TempDir(), "cpu.out")
	out, code := run(t, exampleDir(t), tool, "-cpuprofile", prof, "./scan")
	plain, _ := run(t, exampleDir(t), tool, "./scan")
	if code != exitFindings || out != plain {
		t.Errorf("with -cpuprofile: exit %d\n%s\nwithout:\n%s", code, out, plain)
	}
	data, err := os.ReadFile(prof)
	if err != nil || len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		t.Errorf("no profile written (%v): %d bytes", err, len(data))
	}
	if out, code := run(t, exampleDir(t), tool, "-cpuprofile", filepath.Join(t.TempDir(), "missing", "cpu.out"), "./scan"); code != exitError || !strings.Contains(out, "-cpuprofile") {
		t.Errorf("-cpuprofile into a missing directory: exit %d\n%s", code, out)
	}
}
