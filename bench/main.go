// Command bench measures lambdainit against the floor that loading and
// type-checking set, on modules written by bench/corpus that use the real
// AWS SDK modules.
//
//	go run ./bench                      # full run: 100 packages, scaling to 1000 handlers, 5 to 15 rounds each
//	go run ./bench -small -check=false  # the short version CI runs
//
// For each module it times, in one run and on the same files: lambdainit
// standalone; a no-op single checker built with the same x/tools (the
// floor); go vet with its default suite; go vet -vettool=lambdainit (warm
// cache). It prints medians, the spread of the rounds and peak memory as a
// table, checks the budgets the README states, and writes a plot of time
// against handlers.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/lambdainit/lambdainit/bench/corpus"
)

// requires pins the modules the corpus uses: the versions the repository
// tests against (testdata/realsdk).
const requires = `require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/aws/aws-sdk-go-v2 v1.48.0
	github.com/aws/aws-sdk-go-v2/config v1.33.18
	github.com/aws/aws-sdk-go-v2/service/dynamodb v1.74.0
	github.com/aws/aws-sdk-go-v2/service/s3 v1.114.10
	github.com/aws/aws-sdk-go-v2/service/sqs v1.53.0
)
`

func main() {
	small := flag.Bool("small", false, "small sizes, for CI: the command keeps working")
	runs := flag.Int("runs", 5, "rounds per measurement, at least (up to three times as many while the rounds disagree; medians are reported)")
	check := flag.Bool("check", true, "exit 1 when a budget is exceeded")
	cold := flag.Bool("cold", true, "also time go vet on the layered module from an empty build cache (minutes)")
	out := flag.String("out", "bench/results", "directory for the table and the plot")
	flag.Parse()
	log.SetFlags(0)

	root, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	work, err := os.MkdirTemp("", "lambdainit-bench-")
	if err != nil {
		log.Fatal(err)
	}
	// Removed at the end; a fatal error leaves it behind in the temporary
	// directory, for a look.

	tools := filepath.Join(work, "bin")
	lambdainit := build(root, tools, "./cmd/lambdainit", "lambdainit")
	noop := build(root, tools, "./bench/noop", "noop")
	xtools := build(root, tools, "./bench/xtools", "xtools")

	packages, handlers, scaling := 100, 4, []int{1, 10, 100, 1000}
	if *small {
		packages, scaling = 5, []int{1, 10}
		if *runs > 2 {
			*runs = 2
		}
	}

	var report strings.Builder
	load := loadavg()
	fmt.Fprintf(&report, "Measured %s on %s/%s, %d cores, %s; load average %s at the start.\n", time.Now().UTC().Format("2006-01-02"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), load)
	fmt.Fprintf(&report, "Times are medians of at least %d rounds; the commands compared take turns within each round. A ratio is the median of the rounds' ratios, with their least and largest in brackets; ⚠ marks a measurement whose middle half of rounds spreads over %.0f%% of the median, too wide to trust (the bench takes up to three times the rounds before giving up).\n\n", *runs, 100*spreadLimit)
	report.WriteString("| module | lambdainit | floor (no-op checker) | ratio | peak RSS lambdainit / floor | go vet | go vet -vettool=lambdainit | ratio |\n|---|---|---|---|---|---|---|---|\n")

	var failures, noisy []string
	// budget records a ratio against its budget.
	budget := func(what string, s spread, limit float64) {
		if s.med > limit {
			failures = append(failures, fmt.Sprintf("%s: %.2f× (budget %.2f×)", what, s.med, limit))
		}
		if s.wide() {
			noisy = append(noisy, fmt.Sprintf("%s: %s, middle half %.2f–%.2f, over %d rounds", what, s, s.q1, s.q3, s.n))
		}
	}
	memory := func(what string, a, b result) float64 {
		r := float64(a.rss) / float64(b.rss)
		if r > 1.3 {
			failures = append(failures, fmt.Sprintf("%s: %.2f× the floor's peak memory (budget 1.3×)", what, r))
		}
		return r
	}
	measure := func(name, dir string, vet bool) {
		row, floor, t := timePair(dir, *runs, []string{lambdainit, "./..."}, []string{noop, "./..."})
		wall := t.ratio(0, 1, wallOf)
		line := fmt.Sprintf("| %s | %s | %s | %s | %s / %s (%.2f×) |", name, row.wall, floor.wall,
			wall, mib(row.rss), mib(floor.rss), memory(name, row, floor))
		budget(name+", lambdainit / floor, wall", wall, 1.15)
		if vet {
			// With a warm cache both are cache hits, dominated by the go
			// command's own noise: take more runs.
			vettool, govet, vt := timePair(dir, 3**runs, []string{"go", "vet", "-vettool=" + lambdainit, "./..."}, []string{"go", "vet", "./..."})
			r := vt.ratio(0, 1, wallOf)
			line += fmt.Sprintf(" %s | %s | %s |", govet.wall, vettool.wall, r)
			budget(name+", go vet -vettool=lambdainit / go vet", r, 1.1)
		} else {
			line += " | | |"
		}
		report.WriteString(line + "\n")
	}

	// The example project, and a generated module of many packages.
	measure("testdata/example", filepath.Join(root, "testdata", "example"), true)
	mod := module(work, "corpus", corpus.Options{Packages: packages, Handlers: handlers, PlainEvery: 5})
	measure(fmt.Sprintf("%d packages × %d handlers", packages, handlers), mod, true)
	plain := module(work, "plain", corpus.Options{Packages: packages, PlainEvery: 1})
	measure(fmt.Sprintf("%d packages, no Lambda entry point", packages), plain, false)

	// Layered apps: the handler reaches the SDK through other packages of
	// the module, which lambdainit follows with analysis facts. Its own
	// driver loads the module's packages from source and the rest from
	// export data; x/tools' checker, for comparison, loads everything from
	// source.
	apps := 10
	if *small {
		apps = 2
	}
	layered := layeredModule(work, apps)
	lt := timeRounds(layered, *runs, []string{lambdainit, "./..."}, []string{xtools, "./..."}, []string{noop, "./..."})
	row, xrow, floor := lt.median(0), lt.median(1), lt.median(2)
	vettool, govet, vt := timePair(layered, 3**runs, []string{"go", "vet", "-vettool=" + lambdainit, "./..."}, []string{"go", "vet", "./..."})
	fmt.Fprintf(&report, "\n| layered module (%d packages) | time | ratio to its baseline | peak RSS |\n|---|---|---|---|\n", apps*5)
	fmt.Fprintf(&report, "| floor (no-op checker) | %s | | %s |\n", floor.wall, mib(floor.rss))
	fmt.Fprintf(&report, "| lambdainit | %s | %s the floor | %s |\n", row.wall, lt.ratio(0, 2, wallOf), mib(row.rss))
	fmt.Fprintf(&report, "| lambdainit's analyzer behind x/tools' checker (all dependencies from source) | %s | %s the floor | %s |\n", xrow.wall, lt.ratio(1, 2, wallOf), mib(xrow.rss))
	fmt.Fprintf(&report, "| go vet, warm cache | %s | | |\n", govet.wall)
	fmt.Fprintf(&report, "| go vet -vettool=lambdainit, warm cache | %s | %s go vet | |\n", vettool.wall, vt.ratio(0, 1, wallOf))
	budget("layered, lambdainit / floor, wall", lt.ratio(0, 2, wallOf), 1.3)
	budget("layered, go vet -vettool=lambdainit / go vet, warm", vt.ratio(0, 1, wallOf), 1.2)
	// The golangci-lint plugin, when .ci/golangci-plugin (or golangci-lint
	// custom) has built bin/golangci-lint-lambdainit: the standard linters
	// with and without lambdainit, each run from an empty golangci-lint
	// cache.
	if gcl := filepath.Join(root, "bin", "golangci-lint-lambdainit"); fileExists(gcl) {
		std := filepath.Join(work, "standard.yml")
		with := filepath.Join(work, "with-lambdainit.yml")
		writeConfig(std, "version: \"2\"\nlinters:\n  default: standard\n")
		writeConfig(with, "version: \"2\"\nlinters:\n  default: standard\n  enable: [lambdainit]\n  settings:\n    custom:\n      lambdainit:\n        type: module\n        description: lambdainit\n")
		fresh := func(cfg string) []string {
			return []string{"sh", "-c", `GOLANGCI_LINT_CACHE=$(mktemp -d) exec "$0" run -c "$1" ./...`, gcl, cfg}
		}
		plug, base, pt := timePair(layered, *runs, fresh(with), fresh(std))
		fmt.Fprintf(&report, "| golangci-lint, standard linters | %s | | %s |\n", base.wall, mib(base.rss))
		fmt.Fprintf(&report, "| golangci-lint, standard linters and the lambdainit plugin | %s | %s without | %s |\n", plug.wall, pt.ratio(0, 1, wallOf), mib(plug.rss))
		budget("layered, golangci-lint with the plugin / without", pt.ratio(0, 1, wallOf), 1.15)
	} else {
		report.WriteString("| golangci-lint plugin | not measured: run .ci/golangci-plugin first to build bin/golangci-lint-lambdainit | | |\n")
	}
	if *cold && !*small {
		// One run each from an empty build cache: every dependency is
		// compiled and vetted again, the cost a CI job without a cache pays.
		coldVet, _ := runOnce(layered, []string{"env", "GOCACHE=" + filepath.Join(work, "cache1"), "go", "vet", "./..."})
		coldTool, _ := runOnce(layered, []string{"env", "GOCACHE=" + filepath.Join(work, "cache2"), "go", "vet", "-vettool=" + lambdainit, "./..."})
		fmt.Fprintf(&report, "| go vet, empty build cache | %s | | |\n", coldVet.Round(time.Millisecond))
		fmt.Fprintf(&report, "| go vet -vettool=lambdainit, empty build cache | %s | %.2f× go vet | |\n", coldTool.Round(time.Millisecond), ratio(coldTool, coldVet))
		if r := ratio(coldTool, coldVet); r > 1.2 {
			failures = append(failures, fmt.Sprintf("layered: go vet -vettool=lambdainit is %.2f× go vet, cold (budget 1.2×)", r))
		}
	}

	// A ports-and-adapters monorepo: many functions over a larger set of
	// shared libraries, each function reaching a few of them, and the Init
	// work of half the adapters behind an interface (the port) that the
	// service calls. Every package of the module is analysed; the facts of
	// the libraries serve several functions each.
	mains, libs := 200, 500
	if *small {
		mains, libs = 10, 25
	}
	mono, monoPkgs := monorepoModule(work, mains, libs)
	mrow, mfloor, mt := timePair(mono, *runs, []string{lambdainit, "./..."}, []string{noop, "./..."})
	mvettool, mgovet, mvt := timePair(mono, 3**runs, []string{"go", "vet", "-vettool=" + lambdainit, "./..."}, []string{"go", "vet", "./..."})
	fmt.Fprintf(&report, "\n| monorepo (%d functions over %d libraries, %d packages) | time | ratio to its baseline | peak RSS |\n|---|---|---|---|\n", mains, libs, monoPkgs)
	fmt.Fprintf(&report, "| floor (no-op checker) | %s | | %s |\n", mfloor.wall, mib(mfloor.rss))
	fmt.Fprintf(&report, "| lambdainit | %s | %s the floor | %s (%.2f× the floor) |\n", mrow.wall, mt.ratio(0, 1, wallOf), mib(mrow.rss), memory("monorepo", mrow, mfloor))
	fmt.Fprintf(&report, "| go vet, warm cache | %s | | |\n", mgovet.wall)
	fmt.Fprintf(&report, "| go vet -vettool=lambdainit, warm cache | %s | %s go vet | |\n", mvettool.wall, mvt.ratio(0, 1, wallOf))
	budget("monorepo, lambdainit / floor, wall", mt.ratio(0, 1, wallOf), 1.3)
	budget("monorepo, go vet -vettool=lambdainit / go vet, warm", mvt.ratio(0, 1, wallOf), 1.2)
	// What lambdainit finds there, against the functions whose adapter
	// builds its client on every call: a record, not a budget.
	found := reportedFunctions(mono, lambdainit)
	perCall, hit := 0, 0
	for f := range mains {
		if corpus.MonorepoPerCall(f, libs) {
			perCall++
			if found[fmt.Sprintf("fn%03d", f)] {
				hit++
			}
		}
	}
	fmt.Fprintf(&report, "| functions reported | %d of the %d whose adapter builds its client per call; %d others | | |\n", hit, perCall, len(found)-hit)

	// Time against handlers in one package.
	report.WriteString("\n| handlers in one package | lambdainit | floor | lambdainit − floor | per handler | CPU lambdainit / floor | peak RSS / floor |\n|---|---|---|---|---|---|---|\n")
	var points []point
	for _, n := range scaling {
		dir := module(work, fmt.Sprintf("scale%d", n), corpus.Options{Packages: 1, Handlers: n})
		row, floor, t := timePair(dir, *runs, []string{lambdainit, "./..."}, []string{noop, "./..."})
		extra := max(row.wall-floor.wall, 0)
		what := fmt.Sprintf("%d handlers in one package", n)
		cpu := t.ratio(0, 1, cpuOf)
		fmt.Fprintf(&report, "| %d | %s | %s | %s | %s | %s / %s: %s | %s / %s (%.2f×) |\n", n, row.wall, floor.wall, extra.Round(time.Millisecond), (extra / time.Duration(n)).Round(time.Microsecond),
			row.cpu.Round(time.Millisecond), floor.cpu.Round(time.Millisecond), cpu, mib(row.rss), mib(floor.rss), memory(what, row, floor))
		points = append(points, point{n, row.wall, floor.wall})
		if n == 1000 {
			budget(what+", CPU / floor", cpu, 1.15)
		}
	}

	// Shapes that stress the planner: N findings in one handler, and Init
	// work at the end of a chain of N same-package helpers. Each in report
	// mode and with -fix -diff (which builds the same fixes and prints
	// them), against the floor's CPU time and memory.
	shapes := []struct {
		name string
		src  func(int) string
		ns   []int
	}{
		{"findings in one handler (3 per block)", func(n int) string { return corpus.FindingsPackage(n / 3) }, []int{30, 300, 1000}},
		{"helper chain depth", corpus.ChainPackage, []int{10, 100, 1000}},
	}
	if *small {
		shapes[0].ns, shapes[1].ns = []int{30}, []int{10}
	}
	var chainPoints []point
	for _, sh := range shapes {
		fmt.Fprintf(&report, "\n| %s | report CPU | floor CPU | ratio | peak RSS / floor | -fix -diff CPU | / report |\n|---|---|---|---|---|---|---|\n", sh.name)
		for _, n := range sh.ns {
			dir := filepath.Join(work, fmt.Sprintf("shape-%d-%d", len(chainPoints), n))
			if err := corpus.WriteOne(dir, "example.com/shape", requires, sh.src(n)); err != nil {
				log.Fatal(err)
			}
			warm(dir)
			// Report mode, -fix -diff and the floor take turns.
			t := timeRounds(dir, *runs, []string{lambdainit, "./..."}, []string{lambdainit, "-fix", "-diff", "./..."}, []string{noop, "./..."})
			row, fix, floor := t.median(0), t.median(1), t.median(2)
			what := fmt.Sprintf("%s %d", sh.name, n)
			cpu, fixCPU := t.ratio(0, 2, cpuOf), t.ratio(1, 0, cpuOf)
			fmt.Fprintf(&report, "| %d | %s | %s | %s | %s / %s (%.2f×) | %s | %s |\n", n, row.cpu.Round(time.Millisecond), floor.cpu.Round(time.Millisecond),
				cpu, mib(row.rss), mib(floor.rss), memory(what, row, floor), fix.cpu.Round(time.Millisecond), fixCPU)
			if strings.HasPrefix(sh.name, "helper") {
				chainPoints = append(chainPoints, point{n, row.cpu, floor.cpu})
			}
			if n == 1000 {
				budget(what+", CPU / floor", cpu, 1.15)
				budget(what+", -fix -diff CPU / report mode", fixCPU, 1.3)
			}
		}
	}

	dir := *out
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "scaling.svg"), plot(points), 0o644); err != nil {
		log.Fatal(err)
	}
	if len(chainPoints) > 1 {
		if err := os.WriteFile(filepath.Join(dir, "chain.svg"), plotCPU(chainPoints, "helper chain depth"), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	budgets := "\nBudgets: lambdainit ≤ 1.15× the floor's wall time and ≤ 1.3× its peak memory; go vet -vettool=lambdainit ≤ 1.1× go vet; on the layered module, lambdainit ≤ 1.3× the floor, go vet -vettool ≤ 1.2× go vet, warm and cold, and golangci-lint with the plugin ≤ 1.15× without; on the monorepo, lambdainit ≤ 1.3× the floor's wall time and peak memory, go vet -vettool ≤ 1.2× go vet, warm.\n"
	if len(failures) == 0 {
		budgets += "All budgets held.\n"
	} else {
		budgets += "Over budget:\n- " + strings.Join(failures, "\n- ") + "\n"
	}
	if len(noisy) > 0 {
		budgets += "\nSpread too wide to trust (the machine was busy; rerun when it is idle):\n- " + strings.Join(noisy, "\n- ") + "\n"
	}
	budgets += fmt.Sprintf("\nLoad average at the end: %s.\n", loadavg())
	report.WriteString(budgets)
	if err := os.WriteFile(filepath.Join(dir, "latest.md"), []byte(report.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Print(report.String())
	fmt.Printf("\nwrote %s and %s\n", filepath.Join(dir, "latest.md"), filepath.Join(dir, "scaling.svg"))
	_ = os.RemoveAll(work)
	if *check && len(failures) > 0 {
		os.Exit(1)
	}
}

func build(root, dir, pkg, name string) string {
	bin := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-o", bin, pkg)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Fatalf("go build %s: %v\n%s", pkg, err, out)
	}
	return bin
}

// module writes a corpus module, resolves its dependencies, and warms the
// build cache, so that every tool starts from the same state.
func module(work, name string, o corpus.Options) string {
	dir := filepath.Join(work, name)
	o.ModulePath = "example.com/" + name
	o.ModuleLines = requires
	if _, err := corpus.Write(dir, o); err != nil {
		log.Fatal(err)
	}
	goSteps(dir, []string{"mod", "tidy"}, []string{"build", "-o", os.DevNull, "./..."}, []string{"vet", "./..."})
	return dir
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func writeConfig(path, content string) {
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		log.Fatal(err)
	}
}

// goSteps runs go commands in dir, one after the other.
func goSteps(dir string, steps ...[]string) {
	for _, args := range steps {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			log.Fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
		}
	}
}

// warm resolves a module's dependencies and fills the build cache.
func warm(dir string) {
	goSteps(dir, []string{"mod", "tidy"}, []string{"build", "-o", os.DevNull, "./..."})
}

// layeredModule writes the layered apps as one module and warms it like
// module does.
func layeredModule(work string, apps int) string {
	dir := filepath.Join(work, "layered")
	if _, err := corpus.WriteLayered(dir, "example.com/layered", apps); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/layered\n\ngo 1.26\n\n"+requires), 0o644); err != nil {
		log.Fatal(err)
	}
	goSteps(dir, []string{"mod", "tidy"}, []string{"build", "-o", os.DevNull, "./..."}, []string{"vet", "./..."})
	return dir
}

// monorepoModule writes the ports-and-adapters monorepo as one module and
// warms it like module does. It returns the directory and the number of
// packages.
func monorepoModule(work string, mains, libs int) (string, int) {
	dir := filepath.Join(work, "monorepo")
	n, err := corpus.WriteMonorepo(dir, "example.com/monorepo", mains, libs)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/monorepo\n\ngo 1.26\n\n"+requires), 0o644); err != nil {
		log.Fatal(err)
	}
	goSteps(dir, []string{"mod", "tidy"}, []string{"build", "-o", os.DevNull, "./..."}, []string{"vet", "./..."})
	return dir, n
}

// reportedFunctions runs lambdainit once on a monorepo and returns the
// functions (cmd/fnN) its findings are in.
func reportedFunctions(dir, lambdainit string) map[string]bool {
	cmd := exec.Command(lambdainit, "./...")
	cmd.Dir = dir
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && (!errors.As(err, &exit) || exit.ExitCode() > 3) {
		log.Fatalf("%s ./... in %s: %v\n%s", lambdainit, dir, err, out)
	}
	found := map[string]bool{}
	for line := range strings.Lines(string(out)) {
		if rest, ok := strings.CutPrefix(line, "cmd/"); ok {
			if fn, _, ok := strings.Cut(rest, "/"); ok {
				found[fn] = true
			}
		}
	}
	return found
}

type result struct {
	wall time.Duration
	rss  int64         // peak resident set, bytes
	cpu  time.Duration // user and system
}

// trial holds the runs of commands measured together, round by round.
type trial struct {
	rounds [][]result // rounds[i][c]: command c in round i
}

// timeRounds runs the commands in turn, round after round, after one
// warm-up round, so that drift on the machine touches them alike. When the
// rounds disagree (the first command's CPU against the last's spreads by
// more than spreadLimit), it runs more, up to three times as many.
func timeRounds(dir string, runs int, cmds ...[]string) *trial {
	t := &trial{}
	for i := 0; i <= 3*runs; i++ {
		round := make([]result, len(cmds))
		for c, argv := range cmds {
			w, r := runOnce(dir, argv)
			round[c] = result{w, r, lastCPU}
		}
		if i == 0 {
			continue // warm-up
		}
		t.rounds = append(t.rounds, round)
		if len(t.rounds) >= runs && !t.wide() {
			break
		}
	}
	return t
}

// timePair is timeRounds for two commands, returning the medians of each.
func timePair(dir string, runs int, a, b []string) (result, result, *trial) {
	t := timeRounds(dir, runs, a, b)
	return t.median(0), t.median(1), t
}

// wide reports whether any command's wall or CPU time against the last
// command's spreads too widely over the rounds.
func (t *trial) wide() bool {
	last := len(t.rounds[0]) - 1
	for c := range last {
		if t.ratio(c, last, wallOf).wide() || t.ratio(c, last, cpuOf).wide() {
			return true
		}
	}
	return false
}

// median returns command c's median wall and CPU time and its largest
// peak RSS.
func (t *trial) median(c int) result {
	var ws, cs []time.Duration
	var rss int64
	for _, r := range t.rounds {
		ws, cs, rss = append(ws, r[c].wall), append(cs, r[c].cpu), max(rss, r[c].rss)
	}
	return result{median(ws), rss, median(cs)}
}

func wallOf(r result) time.Duration { return r.wall }
func cpuOf(r result) time.Duration  { return r.cpu }

// ratio returns the spread of command a's time over command b's, round by
// round: runs of the same round met the same machine.
func (t *trial) ratio(a, b int, of func(result) time.Duration) spread {
	var rs []float64
	for _, r := range t.rounds {
		rs = append(rs, float64(of(r[a]))/float64(of(r[b])))
	}
	slices.Sort(rs)
	med := rs[len(rs)/2]
	if len(rs)%2 == 0 {
		med = (rs[len(rs)/2-1] + med) / 2
	}
	return spread{med, rs[0], rs[len(rs)-1], rs[len(rs)/4], rs[(3*len(rs))/4], len(rs)}
}

// spread is the median, least and largest of ratios measured round by
// round, and the quartiles that bound the middle half of them.
type spread struct {
	med, min, max float64
	q1, q3        float64
	n             int
}

// spreadLimit is how far apart the middle half of one measurement's rounds
// may be, relative to their median, before the median is not to be
// trusted. A single round that met a burst of other work moves the least
// or the largest, not the median: the quartiles judge it.
const spreadLimit = 0.10

func (s spread) wide() bool { return s.q3-s.q1 > spreadLimit*s.med }

func (s spread) String() string {
	mark := ""
	if s.wide() {
		mark = " ⚠"
	}
	return fmt.Sprintf("%.2f× (%.2f–%.2f%s)", s.med, s.min, s.max, mark)
}

// lastCPU is the user and system CPU time of the last runOnce.
var lastCPU time.Duration

func median(ws []time.Duration) time.Duration {
	ws = slices.Clone(ws)
	slices.Sort(ws)
	m := ws[len(ws)/2]
	if len(ws)%2 == 0 {
		m = (ws[len(ws)/2-1] + m) / 2
	}
	return m.Round(time.Millisecond)
}

// runOnce runs a command and returns its wall time and peak RSS; exit
// codes up to 3 (findings) are expected.
func runOnce(dir string, argv []string) (time.Duration, int64) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var exit *exec.ExitError
	if err != nil && (!errors.As(err, &exit) || exit.ExitCode() > 3) {
		log.Fatalf("%v in %s: %v\n%s", argv, dir, err, out.String())
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss * 1024
	}
	lastCPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return wall, rss
}

func ratio(a, b time.Duration) float64 { return float64(a) / float64(b) }

// loadavg returns the machine's load averages over 1, 5 and 15 minutes,
// or "unknown" where /proc does not give them.
func loadavg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }

type point struct {
	handlers    int
	tool, floor time.Duration
}

// plot draws wall time against handlers (log scale) as SVG.
func plot(ps []point) []byte {
	return plotWith(ps, "lambdainit wall time against handlers in one package", "handlers (log scale)")
}

// plotCPU draws CPU time against the size of a shape.
func plotCPU(ps []point, what string) []byte {
	return plotWith(ps, "lambdainit CPU time against "+what, what+" (log scale)")
}

func plotWith(ps []point, title, xlabel string) []byte {
	const w, h, pad = 640, 400, 60
	var maxT time.Duration
	for _, p := range ps {
		maxT = max(maxT, p.tool, p.floor)
	}
	maxN := ps[len(ps)-1].handlers
	x := func(n int) float64 {
		if maxN <= 1 {
			return pad
		}
		return pad + (w-2*pad)*logf(n)/logf(maxN)
	}
	y := func(t time.Duration) float64 { return h - pad - (h-2*pad)*float64(t)/float64(maxT) }
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", w, h)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="14">%s</text>`+"\n", pad, title)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/><line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>`+"\n",
		pad, h-pad, w-pad, h-pad, pad, pad, pad, h-pad)
	for _, p := range ps {
		fmt.Fprintf(&b, `<text x="%.0f" y="%d" text-anchor="middle">%d</text>`+"\n", x(p.handlers), h-pad+18, p.handlers)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">%s</text>`+"\n", w/2, h-16, xlabel)
	fmt.Fprintf(&b, `<text x="%d" y="%d">%s</text>`+"\n", 4, pad, maxT.Round(time.Millisecond))
	fmt.Fprintf(&b, `<text x="%d" y="%d">0</text>`+"\n", pad-14, h-pad)
	series := func(color string, get func(point) time.Duration, label string, ly int) {
		var pts []string
		for _, p := range ps {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(p.handlers), y(get(p))))
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>`+"\n", x(p.handlers), y(get(p)), color)
		}
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", color, strings.Join(pts, " "))
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s">%s</text>`+"\n", pad+10, ly, color, label)
	}
	series("#d62728", func(p point) time.Duration { return p.tool }, "lambdainit", pad+10)
	series("#1f77b4", func(p point) time.Duration { return p.floor }, "floor: no-op checker, same loading", pad+26)
	b.WriteString("</svg>\n")
	return b.Bytes()
}

func logf(n int) float64 { return math.Log10(float64(n)) }
