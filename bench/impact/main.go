// Command impact measures what lambdainit's fix buys per invocation, and
// how close it comes to the limit: the example's classic DynamoDB scan
// function (config, client and params built in the handler), the same
// function as lambdainit -fix rewrites it (into init, and, with the handler
// in a library package, lazily), and the function written by hand the way
// AWS's Go guidance writes it (optimum.go.txt): no per-invocation setup.
//
//	go run ./bench/impact                  # 0 and 2 ms simulated round trips
//	go run ./bench/impact -rtt 20ms -n 1000
//
// The versions run side by side and take turns a block of invocations at a
// time, so a busy machine touches them alike; the report gives wall-time
// percentiles, CPU time per invocation, allocations, the spread of the
// block medians (and says when it is too wide to trust), and the cold
// start, process start to first response.
//
// Each version runs through its real main and the real aws-lambda-go
// runtime loop against a fake Lambda Runtime API on loopback, and its real
// aws-sdk-go-v2 client talks HTTPS to a local DynamoDB-shaped endpoint (a
// TLS server answering Scan, trusted through AWS_CA_BUNDLE, with static
// test credentials), so every cost the handler pays is real: config
// loading, credential resolution, client construction, a new connection
// pool and the TLS handshake. Allocations come from the function's own
// runtime.MemStats, read through a small file added to every version alike.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/lambdainit/lambdainit/bench/fakeaws"
)

// statsFile is added to every version: it serves the process's MemStats.
const statsFile = `package main

import (
	"encoding/json"
	"net"
	"net/http"
	"os"
	"runtime"
)

func init() {
	addr := os.Getenv("IMPACT_STATS_ADDR")
	if addr == "" {
		return
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		json.NewEncoder(w).Encode([2]uint64{m.Mallocs, m.TotalAlloc})
	}))
}
`

//go:embed optimum.go.txt
var optimum []byte

// version is one build of the scan function.
type version struct {
	name string
	bin  string
}

func main() {
	n := flag.Int("n", 400, "warm invocations measured per version, after a cold one")
	block := flag.Int("block", 20, "invocations in a row per version before the next version takes its turn")
	starts := flag.Int("starts", 7, "process starts per version for the cold-start time")
	rtts := flag.String("rtt", "0,2ms", "simulated network round-trip times to the DynamoDB endpoint, comma-separated")
	out := flag.String("out", "bench/results", "directory for impact.md and impact.svg")
	flag.Parse()
	log.SetFlags(0)

	root, _ := os.Getwd()
	work, err := os.MkdirTemp("", "lambdainit-impact-")
	if err != nil {
		log.Fatal(err)
	}
	// Removed at the end; a fatal error leaves it behind for a look.

	tool := filepath.Join(work, "lambdainit")
	mustRun(root, "go", "build", "-o", tool, "./cmd/lambdainit")
	var versions []version
	for _, v := range []struct{ name, fix string }{
		{"as written", ""},
		{"after lambdainit -fix", "-fix"},
		{"after lambdainit -fix, lazy landing", "lazy"},
		{"optimum (hand-written)", ""},
	} {
		dir := filepath.Join(work, fmt.Sprintf("v%d", len(versions)))
		copyDir(filepath.Join(root, "testdata", "example"), dir)
		switch {
		case v.fix == "-fix":
			mustRun(dir, tool, "-fix", "./scan")
		case v.fix == "lazy":
			// The handler in a library package, registered by main: there
			// lambdainit lands lazily (an init would run at import time),
			// in a function the handler calls first that runs until it
			// succeeds. -handler-shapes: by default a library's handler is
			// reported where main registers it, with no fix.
			asLibrary(filepath.Join(dir, "scan"))
			mustRun(dir, tool, "-handler-shapes", "-fix", "./scan/...")
		case strings.HasPrefix(v.name, "optimum"):
			if err := os.WriteFile(filepath.Join(dir, "scan", "main.go"), optimum, 0o644); err != nil {
				log.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, "scan", "zz_impact_stats.go"), []byte(statsFile), 0o644); err != nil {
			log.Fatal(err)
		}
		bin := filepath.Join(dir, "scan.bin")
		mustRun(dir, "go", "build", "-o", bin, "./scan")
		versions = append(versions, version{v.name, bin})
	}

	items := make([]any, 25)
	for i := range items {
		items[i] = map[string]any{"id": map[string]string{"S": strconv.Itoa(i)}, "name": map[string]string{"S": fmt.Sprintf("item %d", i)}}
	}
	scan := map[string]any{"Count": len(items), "ScannedCount": len(items), "Items": items}

	var report strings.Builder
	fmt.Fprintf(&report, "Measured %s on %s/%s, %d cores, %s, by `go run ./bench/impact`.\n\n",
		time.Now().UTC().Format("2006-01-02"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
	fmt.Fprintf(&report, "Each version of the scan function runs through its real main and the real aws-lambda-go runtime loop, "+
		"its SDK client talking HTTPS to a local DynamoDB. The versions run side by side and take turns, %d invocations "+
		"at a time, %d warm invocations each; CPU time is the process's own (all its threads, from /proc), "+
		"cold start is process start to the first response, the median of %d starts.\n", *block, *n, *starts)
	var plots []*rttResult
	for _, field := range strings.Split(*rtts, ",") {
		rtt, err := time.ParseDuration(strings.TrimSpace(field))
		if err != nil {
			log.Fatalf("-rtt %q: %v", field, err)
		}
		ddb, err := fakeaws.StartDynamoDB(fakeaws.Options{
			Answer: func(op string, _ fakeaws.Request) any {
				if op == "Scan" {
					return scan
				}
				return nil
			},
			TLSDir: work,
			RTT:    rtt,
		})
		if err != nil {
			log.Fatal(err)
		}
		r := &rttResult{rtt: rtt, by: map[string]*measurement{}}
		measureAll(work, versions, *n, *block, ddb, r)
		for _, v := range versions {
			r.by[v.name].coldStart = coldStart(work, v.bin, *starts, ddb)
		}
		_ = ddb.Close()
		r.write(&report, versions)
		plots = append(plots, r)
	}
	dir := *out
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "impact.md"), []byte(report.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "impact.svg"), plot(plots, versions), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Print(report.String())
	fmt.Printf("\nwrote %s and %s\n", filepath.Join(dir, "impact.md"), filepath.Join(dir, "impact.svg"))
	_ = os.RemoveAll(work)
}

// asLibrary moves the scan handler into package scan/lib, registered by a
// two-line main.
func asLibrary(dir string) {
	src, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		log.Fatal(err)
	}
	lib := strings.Replace(string(src), "package main", "package lib", 1)
	lib = strings.ReplaceAll(lib, "func handler(", "func Handler(")
	if before, _, ok := strings.Cut(lib, "func main() {"); ok {
		lib = before
	}
	lib = strings.Replace(lib, "\t\"github.com/aws/aws-lambda-go/lambda\"\n", "", 1)
	if err := os.MkdirAll(filepath.Join(dir, "lib"), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "lib", "lib.go"), []byte(lib), 0o644); err != nil {
		log.Fatal(err)
	}
	main := "package main\n\nimport (\n\t\"github.com/aws/aws-lambda-go/lambda\"\n\n\t\"example.com/lambdafns/scan/lib\"\n)\n\nfunc main() { lambda.Start(lib.Handler) }\n"
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(main), 0o644); err != nil {
		log.Fatal(err)
	}
}

// rttResult is one table: every version at one simulated round trip.
type rttResult struct {
	rtt time.Duration
	by  map[string]*measurement
}

func (r *rttResult) write(b *strings.Builder, versions []version) {
	fmt.Fprintf(b, "\n## Simulated round trip %s\n\n", r.rtt)
	b.WriteString("| scan function | cold start | first invocation | p50 | p90 | p99 | CPU / invocation | allocs / invocation | bytes / invocation | block p50s min / median / max |\n|---|---|---|---|---|---|---|---|---|---|\n")
	for _, v := range versions {
		m := r.by[v.name]
		lo, mid, hi := m.spread()
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s | %.0f | %s | %s / %s / %s |\n", v.name, m.coldStart.Round(100*time.Microsecond),
			m.first.Round(10*time.Microsecond), m.pct(50), m.pct(90), m.pct(99), m.cpu.Round(time.Microsecond), m.allocs, kib(m.bytes), lo, mid, hi)
	}
	orig, fixed, opt := r.by[versions[0].name], r.by[versions[1].name], r.by[versions[3].name]
	fmt.Fprintf(b, "\nAfter the fix against the optimum: %.2f× at p50, %.2f× at p90, %.2f× at p99, %.2f× the CPU (goal: within 5%% at p50). "+
		"As written against after the fix: %.1f× at p50, %.1f× at p90, %.1f× at p99, %.1f× the CPU, %.1f× the allocations.\n",
		ratio(fixed.pct(50), opt.pct(50)), ratio(fixed.pct(90), opt.pct(90)), ratio(fixed.pct(99), opt.pct(99)), ratio(fixed.cpu, opt.cpu),
		ratio(orig.pct(50), fixed.pct(50)), ratio(orig.pct(90), fixed.pct(90)), ratio(orig.pct(99), fixed.pct(99)), ratio(orig.cpu, fixed.cpu), orig.allocs/fixed.allocs)
	lazy := r.by[versions[2].name]
	fmt.Fprintf(b, "Init against lazy landing: cold start %s against %s, first invocation %s against %s; the lazy landing moves the setup from Init into the first invocation.\n",
		fixed.coldStart.Round(100*time.Microsecond), lazy.coldStart.Round(100*time.Microsecond), fixed.first.Round(10*time.Microsecond), lazy.first.Round(10*time.Microsecond))
	for _, v := range versions {
		if lo, mid, hi := r.by[v.name].spread(); mid > 0 && float64(hi-lo) > 0.25*float64(mid) {
			fmt.Fprintf(b, "**Spread too wide to trust for %s**: its block medians range from %s to %s around %s (more than 25%%); the machine was busy.\n", v.name, lo, hi, mid)
		}
	}
}

type measurement struct {
	first     time.Duration
	coldStart time.Duration
	warm      []time.Duration // sorted
	blocks    []time.Duration // the median of each block, in order
	cpu       time.Duration   // per warm invocation
	allocs    float64         // per warm invocation
	bytes     float64
}

func (m *measurement) pct(p int) time.Duration {
	i := min(len(m.warm)*p/100, len(m.warm)-1)
	return m.warm[i].Round(10 * time.Microsecond)
}

// spread returns the smallest, median and largest block median.
func (m *measurement) spread() (lo, mid, hi time.Duration) {
	b := slices.Sorted(slices.Values(m.blocks))
	if len(b) == 0 {
		return 0, 0, 0
	}
	r := func(d time.Duration) time.Duration { return d.Round(10 * time.Microsecond) }
	return r(b[0]), r(b[len(b)/2]), r(b[len(b)-1])
}

// running is one version's function process and its runtime.
type running struct {
	v         version
	rt        *fakeaws.Runtime
	cmd       *exec.Cmd
	statsAddr string
	stderr    *bytes.Buffer
	stop      func()
}

func start(work string, v version, ddb *fakeaws.DynamoDB) *running {
	rt, err := fakeaws.StartRuntime()
	if err != nil {
		log.Fatal(err)
	}
	statsAddr := freeAddr()
	home, err := os.MkdirTemp(work, "home-")
	if err != nil {
		log.Fatal(err)
	}
	cmd := exec.Command(v.bin)
	cmd.Env = fakeaws.Env(rt, ddb, home, "TABLE_NAME=items", "IMPACT_STATS_ADDR="+statsAddr)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	r := &running{v: v, rt: rt, cmd: cmd, statsAddr: statsAddr, stderr: &stderr}
	// The function's stderr may be read only once it has stopped.
	r.stop = sync.OnceFunc(func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); _ = rt.Close() })
	return r
}

func (r *running) invoke() time.Duration {
	resp, took, err := r.rt.Invoke(`{"path":"/items"}`, 30*time.Second)
	if err != nil || !strings.HasPrefix(resp, "response") || !strings.Contains(resp, `"statusCode":200`) {
		r.stop()
		log.Fatalf("%s failed: %v %s\n%s", r.v.name, err, resp, r.stderr.String())
	}
	return took
}

// measureAll runs the versions side by side: each takes block invocations
// in turn, the order rotating from block to block, so that whatever else
// the machine does touches all of them alike.
func measureAll(work string, versions []version, n, block int, ddb *fakeaws.DynamoDB, into *rttResult) {
	procs := make([]*running, len(versions))
	for i, v := range versions {
		procs[i] = start(work, v, ddb)
		defer procs[i].stop()
	}
	ms := make([]*measurement, len(versions))
	m0 := make([][2]uint64, len(versions))
	var cpu []time.Duration
	for i, p := range procs {
		waitFor(p.statsAddr)
		ms[i] = &measurement{first: p.invoke()}
		m0[i][0], m0[i][1] = stats(p.statsAddr)
		cpu = append(cpu, 0)
	}
	for b := 0; b*block < n; b++ {
		for k := range procs {
			i := (b + k) % len(procs)
			p := procs[i]
			c0 := cpuTime(p.cmd.Process.Pid)
			var times []time.Duration
			for range min(block, n-b*block) {
				times = append(times, p.invoke())
			}
			cpu[i] += cpuTime(p.cmd.Process.Pid) - c0
			ms[i].warm = append(ms[i].warm, times...)
			slices.Sort(times)
			ms[i].blocks = append(ms[i].blocks, times[len(times)/2])
		}
	}
	for i, p := range procs {
		mallocs, bytes := stats(p.statsAddr)
		m := ms[i]
		slices.Sort(m.warm)
		m.allocs = float64(mallocs-m0[i][0]) / float64(len(m.warm))
		m.bytes = float64(bytes-m0[i][1]) / float64(len(m.warm))
		m.cpu = cpu[i] / time.Duration(len(m.warm))
		into.by[p.v.name] = m
	}
}

// coldStart returns the median time from process start to the first
// response, over starts processes, the versions interleaved by the caller's
// loop order.
func coldStart(work, bin string, starts int, ddb *fakeaws.DynamoDB) time.Duration {
	var ts []time.Duration
	for range starts {
		t0 := time.Now()
		p := start(work, version{name: filepath.Base(filepath.Dir(bin)), bin: bin}, ddb)
		p.invoke()
		ts = append(ts, time.Since(t0))
		p.stop()
	}
	slices.Sort(ts)
	return ts[len(ts)/2]
}

// cpuTime is the CPU time of a process, all its threads, in nanoseconds
// (from /proc/<pid>/task/*/schedstat; 0 where there is no /proc).
func cpuTime(pid int) time.Duration {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/schedstat", pid))
	var total time.Duration
	for _, t := range tasks {
		data, err := os.ReadFile(t)
		if err != nil {
			continue
		}
		if f := strings.Fields(string(data)); len(f) > 0 {
			ns, _ := strconv.ParseInt(f[0], 10, 64)
			total += time.Duration(ns)
		}
	}
	return total
}

func stats(addr string) (mallocs, bytes uint64) {
	resp, err := http.Get("http://" + addr)
	if err != nil {
		log.Fatal(err)
	}
	var v [2]uint64
	err = json.NewDecoder(resp.Body).Decode(&v)
	resp.Body.Close()
	if err != nil {
		log.Fatal(err)
	}
	return v[0], v[1]
}

func freeAddr() string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitFor(addr string) {
	for range 500 {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	log.Fatalf("the function did not start")
}

func mustRun(dir, name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

func copyDir(from, to string) {
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		log.Fatal(err)
	}
}

func ratio(a, b time.Duration) float64 { return float64(a) / float64(b) }

func kib(b float64) string { return fmt.Sprintf("%.1f KiB", b/1024) }

// plot draws the warm p50 of each version at each round trip as bars.
func plot(rs []*rttResult, versions []version) []byte {
	const w, h, pad = 720, 380, 60
	var maxT time.Duration
	for _, r := range rs {
		for _, m := range r.by {
			maxT = max(maxT, m.pct(90))
		}
	}
	colors := []string{"#d62728", "#2ca02c", "#98df8a", "#1f77b4"}
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", w, h)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="14">Warm p50 latency of the scan function</text>`+"\n", pad)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>`+"\n", pad, h-pad, w-pad, h-pad)
	group := float64(w-2*pad) / float64(len(rs))
	bar := group / float64(len(versions)+1)
	for i, r := range rs {
		for j, v := range versions {
			t := r.by[v.name].pct(50)
			bh := float64(h-2*pad) * float64(t) / float64(maxT)
			x := float64(pad) + group*float64(i) + bar*(0.5+float64(j))
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`+"\n", x, float64(h-pad)-bh, bar*0.9, bh, colors[j%len(colors)])
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="10" text-anchor="middle">%s</text>`+"\n", x+bar*0.45, float64(h-pad)-bh-4, t)
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">RTT %s</text>`+"\n", float64(pad)+group*(float64(i)+0.5), h-pad+18, r.rtt)
	}
	for j, v := range versions {
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s">%s</text>`+"\n", pad+10, pad+4+16*j, colors[j%len(colors)], v.name)
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}
