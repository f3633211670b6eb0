package analyzer

import (
	"flag"
	"fmt"
	"slices"
	"strings"
)

// Kind is the category of a finding; it is the diagnostic's Category.
type Kind string

// The kinds of findings.
const (
	// KindClient is an AWS SDK client, presign client, transfer manager or
	// credentials provider built on every invocation.
	KindClient Kind = "client"
	// KindConfig is SDK configuration (v2 config.LoadDefaultConfig, v1
	// sessions) loaded on every invocation.
	KindConfig Kind = "config"
	// KindParams is an SDK operation input whose every field is the same on
	// every invocation.
	KindParams Kind = "params"
)

// AllKinds lists every kind in the order the documentation uses.
var AllKinds = []Kind{KindClient, KindConfig, KindParams}

// Config holds the analyzer's settings. The same struct backs the command
// line flags and the golangci-lint plugin settings.
type Config struct {
	// Checks lists the kinds to report. Empty means all.
	Checks []Kind `json:"checks"`
}

// Validate reports settings that cannot work.
func (c Config) Validate() error {
	for _, k := range c.Checks {
		if !slices.Contains(AllKinds, k) {
			return fmt.Errorf("lambdainit: unknown check %q (known: %s)", k, kindList(AllKinds))
		}
	}
	return nil
}

func (c Config) enabled(k Kind) bool {
	return len(c.Checks) == 0 || slices.Contains(c.Checks, k)
}

func kindList(ks []Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ",")
}

// checksFlag is the flag.Value behind -checks. It writes into the Config
// owned by one analyzer, before any run.
type checksFlag struct{ cfg *Config }

func (f checksFlag) String() string {
	if f.cfg == nil || len(f.cfg.Checks) == 0 {
		return kindList(AllKinds)
	}
	return kindList(f.cfg.Checks)
}

func (f checksFlag) Set(s string) error {
	var ks []Kind
	for part := range strings.SplitSeq(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			ks = append(ks, Kind(part))
		}
	}
	next := Config{Checks: ks}
	if err := next.Validate(); err != nil {
		return err
	}
	f.cfg.Checks = ks
	return nil
}

func (c *Config) bindFlags(fs *flag.FlagSet) {
	fs.Var(checksFlag{c}, "checks", "comma-separated kinds of findings to report: "+kindList(AllKinds))
}
