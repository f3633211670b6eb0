// Command impact measures what lambdainit's fix buys per invocation: the
// example's classic DynamoDB scan function (config, client and params built
// in the handler) against the same function as lambdainit -fix rewrites it,
// produced at bench time by the tool.
//
//	go run ./bench/impact                 # 200 warm invocations after a cold one
//	go run ./bench/impact -rtt 20ms       # with simulated network round trips
//
// Each version runs through its real main and the real aws-lambda-go
// runtime loop against a fake Lambda Runtime API on loopback, and its real
// aws-sdk-go-v2 client talks HTTPS to a local DynamoDB-shaped endpoint (a
// TLS server answering Scan, trusted through AWS_CA_BUNDLE, with static
// test credentials), so every cost the handler pays is real: config
// loading, credential resolution, client construction, a new connection
// pool and the TLS handshake. Allocations come from the function's own
// runtime.MemStats, read through a small file added to both versions alike.
package main

import (
	"bytes"
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

// statsFile is added to both versions: it serves the process's MemStats.
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

func main() {
	n := flag.Int("n", 200, "warm invocations measured after the cold first one")
	rtt := flag.Duration("rtt", 0, "simulated network round-trip time to the DynamoDB endpoint")
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
	versions := map[string]string{}
	for _, v := range []string{"as written", "after lambdainit -fix"} {
		dir := filepath.Join(work, strings.ReplaceAll(v, " ", "-"))
		copyDir(filepath.Join(root, "testdata", "example"), dir)
		if v != "as written" {
			cmd := exec.Command(tool, "-fix", "./scan")
			cmd.Dir = dir
			if outb, err := cmd.CombinedOutput(); err != nil {
				log.Fatalf("lambdainit -fix: %v\n%s", err, outb)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, "scan", "zz_impact_stats.go"), []byte(statsFile), 0o644); err != nil {
			log.Fatal(err)
		}
		bin := filepath.Join(dir, "scan.bin")
		mustRun(dir, "go", "build", "-o", bin, "./scan")
		versions[v] = bin
	}

	items := make([]any, 25)
	for i := range items {
		items[i] = map[string]any{"id": map[string]string{"S": strconv.Itoa(i)}, "name": map[string]string{"S": fmt.Sprintf("item %d", i)}}
	}
	scan := map[string]any{"Count": len(items), "ScannedCount": len(items), "Items": items}
	ddb, err := fakeaws.StartDynamoDB(fakeaws.Options{
		Answer: func(op string, _ fakeaws.Request) any {
			if op == "Scan" {
				return scan
			}
			return nil
		},
		TLSDir: work,
		RTT:    *rtt,
	})
	if err != nil {
		log.Fatal(err)
	}
	results := map[string]*measurement{}
	for _, v := range []string{"as written", "after lambdainit -fix"} {
		results[v] = measure(work, versions[v], *n, ddb)
	}

	before, after := results["as written"], results["after lambdainit -fix"]
	var b strings.Builder
	fmt.Fprintf(&b, "Measured %s on %s/%s, %d cores, %s: %d warm invocations after a cold one, simulated RTT %s.\n\n",
		time.Now().UTC().Format("2006-01-02"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), *n, *rtt)
	b.WriteString("| scan function | first invocation | p50 | p90 | p99 | allocs / invocation | bytes / invocation |\n|---|---|---|---|---|---|---|\n")
	for _, v := range []string{"as written", "after lambdainit -fix"} {
		m := results[v]
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %.0f | %s |\n", v, m.first.Round(10*time.Microsecond),
			m.pct(50), m.pct(90), m.pct(99), m.allocs, kib(m.bytes))
	}
	fmt.Fprintf(&b, "\nWarm p50 is %.1f× faster after the fix (p90 %.1f×, p99 %.1f×); each invocation allocates %.1f× fewer objects and %.1f× fewer bytes.\n",
		ratio(before.pct(50), after.pct(50)), ratio(before.pct(90), after.pct(90)), ratio(before.pct(99), after.pct(99)),
		before.allocs/after.allocs, before.bytes/after.bytes)
	dir := *out
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	name := "impact"
	if *rtt > 0 {
		name += "-rtt" + rtt.String()
	}
	if err := os.WriteFile(filepath.Join(dir, name+".md"), []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".svg"), plot(before, after, *rtt), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Print(b.String())
	fmt.Printf("\nwrote %s and %s\n", filepath.Join(dir, name+".md"), filepath.Join(dir, name+".svg"))
	_ = os.RemoveAll(work)
}

type measurement struct {
	first  time.Duration
	warm   []time.Duration // sorted
	allocs float64         // per warm invocation
	bytes  float64
}

func (m *measurement) pct(p int) time.Duration {
	i := min(len(m.warm)*p/100, len(m.warm)-1)
	return m.warm[i].Round(10 * time.Microsecond)
}

// measure runs the function binary against the fake Runtime API for one
// cold and n warm invocations, one at a time.
func measure(work, bin string, n int, ddb *fakeaws.DynamoDB) *measurement {
	rt, err := fakeaws.StartRuntime()
	if err != nil {
		log.Fatal(err)
	}
	statsAddr := freeAddr()
	home, err := os.MkdirTemp(work, "home-")
	if err != nil {
		log.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Env = fakeaws.Env(rt, ddb, home, "TABLE_NAME=items", "IMPACT_STATS_ADDR="+statsAddr)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	// The function's stderr may be read only once it has stopped.
	stop := sync.OnceFunc(func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); _ = rt.Close() })
	defer stop()
	waitFor(statsAddr)

	invoke := func() time.Duration {
		resp, took, err := rt.Invoke(`{"path":"/items"}`, 30*time.Second)
		if err != nil || !strings.HasPrefix(resp, "response") || !strings.Contains(resp, `"statusCode":200`) {
			stop()
			log.Fatalf("the function failed: %v %s\n%s", err, resp, stderr.String())
		}
		return took
	}
	m := &measurement{}
	m.first = invoke()
	mallocs0, bytes0 := stats(statsAddr)
	for range n {
		m.warm = append(m.warm, invoke())
	}
	mallocs1, bytes1 := stats(statsAddr)
	slices.Sort(m.warm)
	m.allocs = float64(mallocs1-mallocs0) / float64(n)
	m.bytes = float64(bytes1-bytes0) / float64(n)
	return m
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

// plot draws the warm latency percentiles of both versions as bars.
func plot(before, after *measurement, rtt time.Duration) []byte {
	const w, h, pad = 640, 360, 60
	ps := []int{50, 90, 99}
	maxT := max(before.pct(99), after.pct(99))
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", w, h)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="14">Warm invocation latency of the scan function (simulated RTT %s)</text>`+"\n", pad, rtt)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>`+"\n", pad, h-pad, w-pad, h-pad)
	group := float64(w-2*pad) / float64(len(ps))
	bar := group / 3
	for i, p := range ps {
		for j, m := range []*measurement{before, after} {
			v := m.pct(p)
			bh := float64(h-2*pad) * float64(v) / float64(maxT)
			x := float64(pad) + group*float64(i) + bar*(0.5+float64(j))
			color := []string{"#d62728", "#2ca02c"}[j]
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`+"\n", x, float64(h-pad)-bh, bar*0.9, bh, color)
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="10" text-anchor="middle">%s</text>`+"\n", x+bar*0.45, float64(h-pad)-bh-4, v)
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">p%d</text>`+"\n", float64(pad)+group*(float64(i)+0.5), h-pad+18, p)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#d62728">as written (client built per invocation)</text>`+"\n", pad+10, pad+4)
	fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#2ca02c">after lambdainit -fix</text>`+"\n", pad+10, pad+20)
	b.WriteString("</svg>\n")
	return b.Bytes()
}
