// Command bench measures lambdainit against the floor that loading and
// type-checking set, on modules written by bench/corpus that use the real
// AWS SDK modules.
//
//	go run ./bench                      # full run: 100 packages, scaling to 1000 handlers, 5 runs each
//	go run ./bench -small -check=false  # the short version CI runs
//
// For each module it times, in one run and on the same files: lambdainit
// standalone; a no-op single checker built with the same x/tools (the
// floor); go vet with its default suite; go vet -vettool=lambdainit (warm
// cache). It prints medians and peak memory as a table, checks the budgets
// the README states, and writes a plot of time against handlers.
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
	runs := flag.Int("runs", 5, "runs per measurement (the median is reported)")
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
	fmt.Fprintf(&report, "Measured %s on %s/%s, %d cores, %s; median of %d runs.\n\n",
		time.Now().UTC().Format("2006-01-02"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), *runs)
	report.WriteString("| module | lambdainit | floor (no-op checker) | ratio | peak RSS lambdainit / floor | go vet | go vet -vettool=lambdainit | ratio |\n|---|---|---|---|---|---|---|---|\n")

	var failures []string
	measure := func(name, dir string, vet bool) {
		row, floor := timePair(dir, *runs, []string{lambdainit, "./..."}, []string{noop, "./..."})
		line := fmt.Sprintf("| %s | %s | %s | %.2f× | %s / %s (%.2f×) |", name, row.wall, floor.wall,
			ratio(row.wall, floor.wall), mib(row.rss), mib(floor.rss), float64(row.rss)/float64(floor.rss))
		if vet {
			// With a warm cache both are cache hits, dominated by the go
			// command's own noise: take more runs.
			vettool, govet := timePair(dir, 3**runs, []string{"go", "vet", "-vettool=" + lambdainit, "./..."}, []string{"go", "vet", "./..."})
			line += fmt.Sprintf(" %s | %s | %.2f× |", govet.wall, vettool.wall, ratio(vettool.wall, govet.wall))
			if r := ratio(vettool.wall, govet.wall); r > 1.1 {
				failures = append(failures, fmt.Sprintf("%s: go vet -vettool=lambdainit is %.2f× go vet (budget 1.1×)", name, r))
			}
		} else {
			line += " | | |"
		}
		report.WriteString(line + "\n")
		if r := ratio(row.wall, floor.wall); r > 1.15 {
			failures = append(failures, fmt.Sprintf("%s: lambdainit is %.2f× the floor's wall time (budget 1.15×)", name, r))
		}
		if r := float64(row.rss) / float64(floor.rss); r > 1.3 {
			failures = append(failures, fmt.Sprintf("%s: lambdainit uses %.2f× the floor's peak memory (budget 1.3×)", name, r))
		}
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
	row, floor := timePair(layered, *runs, []string{lambdainit, "./..."}, []string{noop, "./..."})
	xrow, _ := timePair(layered, *runs, []string{xtools, "./..."}, []string{noop, "./..."})
	vettool, govet := timePair(layered, 3**runs, []string{"go", "vet", "-vettool=" + lambdainit, "./..."}, []string{"go", "vet", "./..."})
	fmt.Fprintf(&report, "\n| layered module (%d packages) | time | ratio to its baseline | peak RSS |\n|---|---|---|---|\n", apps*5)
	fmt.Fprintf(&report, "| floor (no-op checker) | %s | | %s |\n", floor.wall, mib(floor.rss))
	fmt.Fprintf(&report, "| lambdainit | %s | %.2f× the floor | %s |\n", row.wall, ratio(row.wall, floor.wall), mib(row.rss))
	fmt.Fprintf(&report, "| lambdainit's analyzer behind x/tools' checker (all dependencies from source) | %s | %.2f× the floor | %s |\n", xrow.wall, ratio(xrow.wall, floor.wall), mib(xrow.rss))
	fmt.Fprintf(&report, "| go vet, warm cache | %s | | |\n", govet.wall)
	fmt.Fprintf(&report, "| go vet -vettool=lambdainit, warm cache | %s | %.2f× go vet | |\n", vettool.wall, ratio(vettool.wall, govet.wall))
	if r := ratio(row.wall, floor.wall); r > 1.3 {
		failures = append(failures, fmt.Sprintf("layered: lambdainit is %.2f× the floor (budget 1.3×)", r))
	}
	if r := ratio(vettool.wall, govet.wall); r > 1.2 {
		failures = append(failures, fmt.Sprintf("layered: go vet -vettool=lambdainit is %.2f× go vet, warm (budget 1.2×)", r))
	}
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
		plug, base := timePair(layered, *runs, fresh(with), fresh(std))
		fmt.Fprintf(&report, "| golangci-lint, standard linters | %s | | %s |\n", base.wall, mib(base.rss))
		fmt.Fprintf(&report, "| golangci-lint, standard linters and the lambdainit plugin | %s | %.2f× without | %s |\n", plug.wall, ratio(plug.wall, base.wall), mib(plug.rss))
		if r := ratio(plug.wall, base.wall); r > 1.15 {
			failures = append(failures, fmt.Sprintf("layered: golangci-lint with the plugin is %.2f× without (budget 1.15×)", r))
		}
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

	// Time against handlers in one package.
	report.WriteString("\n| handlers in one package | lambdainit | floor | lambdainit − floor | per handler | CPU lambdainit / floor | peak RSS / floor |\n|---|---|---|---|---|---|---|\n")
	var points []point
	for _, n := range scaling {
		dir := module(work, fmt.Sprintf("scale%d", n), corpus.Options{Packages: 1, Handlers: n})
		row, floor := timePair(dir, *runs, []string{lambdainit, "./..."}, []string{noop, "./..."})
		extra := max(row.wall-floor.wall, 0)
		fmt.Fprintf(&report, "| %d | %s | %s | %s | %s | %s / %s (%.2f×) | %s / %s (%.2f×) |\n", n, row.wall, floor.wall, extra.Round(time.Millisecond), (extra / time.Duration(n)).Round(time.Microsecond),
			row.cpu.Round(time.Millisecond), floor.cpu.Round(time.Millisecond), ratio(row.cpu, floor.cpu), mib(row.rss), mib(floor.rss), float64(row.rss)/float64(floor.rss))
		points = append(points, point{n, row.wall, floor.wall})
		if n == 1000 {
			if r := ratio(row.cpu, floor.cpu); r > 1.15 {
				failures = append(failures, fmt.Sprintf("1000 handlers in one package: %.2f× the floor's CPU (budget 1.15×)", r))
			}
			if r := float64(row.rss) / float64(floor.rss); r > 1.3 {
				failures = append(failures, fmt.Sprintf("1000 handlers in one package: %.2f× the floor's memory (budget 1.3×)", r))
			}
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
			row, floor := timePair(dir, *runs, []string{lambdainit, "./..."}, []string{noop, "./..."})
			fix, _ := timePair(dir, *runs, []string{lambdainit, "-fix", "-diff", "./..."}, []string{noop, "./..."})
			fmt.Fprintf(&report, "| %d | %s | %s | %.2f× | %s / %s (%.2f×) | %s | %.2f× |\n", n, row.cpu.Round(time.Millisecond), floor.cpu.Round(time.Millisecond),
				ratio(row.cpu, floor.cpu), mib(row.rss), mib(floor.rss), float64(row.rss)/float64(floor.rss), fix.cpu.Round(time.Millisecond), ratio(fix.cpu, row.cpu))
			if strings.HasPrefix(sh.name, "helper") {
				chainPoints = append(chainPoints, point{n, row.cpu, floor.cpu})
			}
			if n == 1000 {
				if r := ratio(row.cpu, floor.cpu); r > 1.15 {
					failures = append(failures, fmt.Sprintf("%s %d: %.2f× the floor's CPU (budget 1.15×)", sh.name, n, r))
				}
				if r := float64(row.rss) / float64(floor.rss); r > 1.3 {
					failures = append(failures, fmt.Sprintf("%s %d: %.2f× the floor's memory (budget 1.3×)", sh.name, n, r))
				}
				if r := ratio(fix.cpu, row.cpu); r > 1.3 {
					failures = append(failures, fmt.Sprintf("%s %d: -fix -diff is %.2f× report mode (budget 1.3×)", sh.name, n, r))
				}
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
	budgets := "\nBudgets: lambdainit ≤ 1.15× the floor's wall time and ≤ 1.3× its peak memory; go vet -vettool=lambdainit ≤ 1.1× go vet; on the layered module, lambdainit ≤ 1.3× the floor, go vet -vettool ≤ 1.2× go vet, warm and cold, and golangci-lint with the plugin ≤ 1.15× without.\n"
	if len(failures) == 0 {
		budgets += "All budgets held.\n"
	} else {
		budgets += "Over budget:\n- " + strings.Join(failures, "\n- ") + "\n"
	}
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

type result struct {
	wall time.Duration
	rss  int64         // peak resident set, bytes
	cpu  time.Duration // user and system
}

// timePair runs two commands alternately, after one warm-up run of each,
// so that drift on the machine touches both alike, and returns for each the
// median wall time and the largest peak RSS.
func timePair(dir string, runs int, a, b []string) (result, result) {
	var wa, wb, ca, cb []time.Duration
	var ra, rb int64
	for i := 0; i <= runs; i++ {
		w, r := runOnce(dir, a)
		if i > 0 {
			wa, ra, ca = append(wa, w), max(ra, r), append(ca, lastCPU)
		}
		w, r = runOnce(dir, b)
		if i > 0 {
			wb, rb, cb = append(wb, w), max(rb, r), append(cb, lastCPU)
		}
	}
	return result{median(wa), ra, median(ca)}, result{median(wb), rb, median(cb)}
}

// lastCPU is the user and system CPU time of the last runOnce.
var lastCPU time.Duration

func median(ws []time.Duration) time.Duration {
	slices.Sort(ws)
	return ws[len(ws)/2].Round(time.Millisecond)
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
