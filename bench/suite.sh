#!/usr/bin/env bash
# Measures the README's test command the way a new user meets it, on a
# fresh clone of this repository's HEAD: from empty Go caches (GOPATH,
# GOMODCACHE and GOCACHE all new: every module downloaded, everything
# compiled), then again with the module cache kept and the build cache
# emptied. Writes bench/results/suite.md. Budgets (issue 15): 8 minutes
# cold, 3 minutes with the module cache warm, on an idle 2-core machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
git clone -q "$root" "$work/repo"
cmd="go test ./..."
load=$(cut -d' ' -f1-3 /proc/loadavg)

measure() { # label: runs the command in the clone, prints seconds
	local start end
	start=$(date +%s%N)
	(cd "$work/repo" && eval "$cmd" > "$work/$1.log" 2>&1) || { tail -40 "$work/$1.log" >&2; echo "$cmd failed ($1)" >&2; exit 1; }
	end=$(date +%s%N)
	echo $(( (end - start) / 1000000000 ))
}

export GOPATH="$work/gopath" GOMODCACHE="$work/gopath/pkg/mod" GOCACHE="$work/cache-cold" GOFLAGS=
cold=$(measure cold)
export GOCACHE="$work/cache-warm"
warm=$(measure warm-modules)
cmd="go test -count=1 ./..." # the build cache warm too; test results not reused
again=$(measure warm)
# The compile floor: from an empty build cache, compile only what the
# tests build (their own binaries, the example's and the hazards module's
# SDK dependencies, plain and with -race for the oracles), running nothing.
export GOCACHE="$work/cache-compile"
cmd="sh -c 'go test -count=1 -run ^\$ ./... && cd testdata/example && go build ./... && cd ../hazards && go build ./... && go build -race ./...'"
compile=$(measure compile)

cpu=$(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
cat > "$root/bench/results/suite.md" <<MD
# The README's test command, as a new user meets it

\`go test ./...\` on a fresh clone, $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), $(go version | cut -d' ' -f3).
Measured by \`bench/suite.sh\`; load average at the start: $load.

| caches | wall time | budget |
|---|---|---|
| all empty (modules downloaded, everything compiled) | $cold s | 480 s |
| module cache warm, build cache empty | $warm s | 180 s |
| module and build caches warm (\`-count=1\`) | $again s | 180 s |
| compiling alone, module cache warm, build cache empty (no test runs) | $compile s | |

The 3-minute budget is for running the suite often, the second run on:
the third row. The second row also compiles, from nothing, the standard
library and the real SDKs twice (plain, and with \`-race\` for the
behaviour oracles), and links each oracle's function: the last row is
that compiling alone, $compile s on this machine$( [ "$compile" -ge 180 ] && echo ", at least the whole budget: no arrangement of the tests can bring an empty build cache within 3 minutes here" ).

Per package, module cache warm and build cache empty:

\`\`\`
$(grep -E '^(ok|FAIL|---)' "$work/warm-modules.log")
\`\`\`
MD
cat "$root/bench/results/suite.md"
