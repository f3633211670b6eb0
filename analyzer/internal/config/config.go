package config

import (
	"errors"
	"flag"
	"fmt"
	"go/types"
	"slices"
	"strconv"
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
	// KindResource is another expensive resource built on every
	// invocation: a database pool, an HTTP transport, a compiled regular
	// expression or template, a logger, a tracer provider.
	KindResource Kind = "resource"
	// KindFetch is a fetch of the same secret or parameter on every
	// invocation.
	KindFetch Kind = "fetch"
)

// AllKinds lists every kind in the order the documentation uses.
var AllKinds = []Kind{KindClient, KindConfig, KindParams, KindResource, KindFetch}

// Landing is a place a fix can prefer for the code it moves.
type Landing string

// The landing places a fix can prefer.
const (
	LandingInit Landing = "init"
	LandingMain Landing = "main"
	LandingLazy Landing = "lazy"
)

// Config holds the analyzer's settings. The same struct backs the command
// line flags and the golangci-lint plugin settings (whose unknown keys are
// rejected).
type Config struct {
	// Checks lists the kinds to report. Empty means all.
	Checks []Kind `json:"checks"`
	// ExtraConstructors are more functions to treat as expensive, as
	// "import/path.Func" or "import/path.Type.Method". Their findings are
	// of kind client.
	ExtraConstructors []string `json:"extra-constructors"`
	// ExtraRegistrations are more functions that register a handler, as
	// "import/path.Func", with ":N" when the handler is argument N
	// (counted from 0) rather than the first.
	ExtraRegistrations []string `json:"extra-registrations"`
	// Landing is where a fix puts the moved code when more than one place
	// is safe: "init" (the default, the shape AWS documents), "main",
	// before the Start call, or "lazy", a sync.OnceFunc the handler calls
	// first. Code that must run after main or another package sets what
	// it reads lands in main, or lazily, whatever this says.
	Landing Landing `json:"landing"`
	// HandlerShapes also finds the handlers of a package that registers
	// none itself by their shape (a valid handler signature taking an
	// aws-lambda-go events type), and reports their work there, with
	// fixes: for a library whose programs are not analysed with it. Off,
	// the package that registers a handler of another package reports
	// its work at the registration, and a function no program registers
	// is not a handler. NoHandlerShapes, the setting of earlier versions
	// (when shapes were on by default), is accepted and changes nothing.
	HandlerShapes   bool `json:"handler-shapes"`
	NoHandlerShapes bool `json:"no-handler-shapes"`
}

// Validate reports settings that cannot work.
func (c Config) Validate() error {
	if err := c.validate(); err != nil {
		return fmt.Errorf("lambdainit: %w", err)
	}
	return nil
}

func (c Config) validate() error {
	var errs []error
	for _, k := range c.Checks {
		if !slices.Contains(AllKinds, k) {
			errs = append(errs, fmt.Errorf("unknown check %q (known: %s)", k, kindList(AllKinds)))
		}
	}
	for _, s := range c.ExtraConstructors {
		if _, err := ParseFuncSpec(s); err != nil {
			errs = append(errs, fmt.Errorf("extra-constructors: %w", err))
		}
	}
	for _, s := range c.ExtraRegistrations {
		if _, _, err := ParseRegistration(s); err != nil {
			errs = append(errs, fmt.Errorf("extra-registrations: %w", err))
		}
	}
	switch c.Landing {
	case "", LandingInit, LandingMain, LandingLazy:
	default:
		errs = append(errs, fmt.Errorf("landing %q: want %q, %q or %q", c.Landing, LandingInit, LandingMain, LandingLazy))
	}
	return errors.Join(errs...)
}

// Enabled reports whether findings of kind k are reported.
func (c Config) Enabled(k Kind) bool {
	return len(c.Checks) == 0 || slices.Contains(c.Checks, k)
}

func kindList(ks []Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ",")
}

// FuncSpec names a function ("import/path.Func") or a method
// ("import/path.Type.Method") of an imported package. The path may hold
// dots (gopkg.in/yaml.v3), so the split is resolved against the package
// when it is looked up: see candidates.
type FuncSpec struct{ raw string }

// ParseFuncSpec parses "import/path.Func" or "import/path.Type.Method".
func ParseFuncSpec(s string) (FuncSpec, error) {
	slash := strings.LastIndex(s, "/")
	dot := strings.LastIndex(s, ".")
	if dot <= 0 || dot <= slash || dot == len(s)-1 || strings.ContainsAny(s, " \t") {
		return FuncSpec{}, fmt.Errorf("%q: want import/path.Func or import/path.Type.Method", s)
	}
	return FuncSpec{raw: s}, nil
}

// candidates returns the ways to read the spec: (path, "", Func) and, when
// the last element allows it, (path, Type, Method).
func (f FuncSpec) candidates() [][3]string {
	s := f.raw
	dot := strings.LastIndex(s, ".")
	out := [][3]string{{s[:dot], "", s[dot+1:]}}
	if d2 := strings.LastIndex(s[:dot], "."); d2 > strings.LastIndex(s, "/") && d2 > 0 {
		out = append(out, [3]string{s[:d2], s[d2+1 : dot], s[dot+1:]})
	}
	return out
}

// Lookup finds the function or method the spec names among the imports.
func (f FuncSpec) Lookup(imports map[string]*types.Package) *types.Func {
	for _, c := range f.candidates() {
		pkg := imports[c[0]]
		if pkg == nil {
			continue
		}
		if c[1] == "" {
			if fn, ok := pkg.Scope().Lookup(c[2]).(*types.Func); ok {
				return fn
			}
			continue
		}
		if tn, ok := pkg.Scope().Lookup(c[1]).(*types.TypeName); ok {
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, c[2])
			if fn, ok := obj.(*types.Func); ok {
				return fn
			}
		}
	}
	return nil
}

// ParseRegistration splits "import/path.Func:N".
func ParseRegistration(s string) (FuncSpec, int, error) {
	arg := 0
	if name, n, ok := strings.Cut(s, ":"); ok {
		i, err := strconv.Atoi(n)
		if err != nil || i < 0 {
			return FuncSpec{}, 0, fmt.Errorf("%q: the handler argument index must be a number from 0", s)
		}
		s, arg = name, i
	}
	f, err := ParseFuncSpec(s)
	return f, arg, err
}

// listFlag is a comma-separated list flag bound to a field of a Config.
type listFlag struct {
	list  *[]string
	check func(string) error
}

func (f listFlag) String() string {
	if f.list == nil {
		return ""
	}
	return strings.Join(*f.list, ",")
}

func (f listFlag) Set(s string) error {
	var items []string
	for part := range strings.SplitSeq(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		if err := f.check(part); err != nil {
			return err
		}
		items = append(items, part)
	}
	*f.list = items
	return nil
}

// checksFlag is the flag.Value behind -checks.
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
	if err := (Config{Checks: ks}).validate(); err != nil {
		return err
	}
	f.cfg.Checks = ks
	return nil
}

// landingFlag is the flag.Value behind -landing.
type landingFlag struct{ cfg *Config }

func (f landingFlag) String() string {
	if f.cfg == nil || f.cfg.Landing == "" {
		return string(LandingInit)
	}
	return string(f.cfg.Landing)
}

func (f landingFlag) Set(s string) error {
	if err := (Config{Landing: Landing(s)}).validate(); err != nil {
		return err
	}
	f.cfg.Landing = Landing(s)
	return nil
}

// BindFlags binds the flags, go vet style (kebab-case, unprefixed with a
// single checker), to the Config owned by one analyzer. They write into it
// before any run; run only reads it.
func (c *Config) BindFlags(fs *flag.FlagSet) {
	fs.Var(checksFlag{c}, "checks", "comma-separated kinds of findings to report: "+kindList(AllKinds))
	fs.Var(listFlag{&c.ExtraConstructors, func(s string) error { _, err := ParseFuncSpec(s); return err }},
		"extra-constructors", "comma-separated functions to treat as expensive: import/path.Func or import/path.Type.Method")
	fs.Var(listFlag{&c.ExtraRegistrations, func(s string) error { _, _, err := ParseRegistration(s); return err }},
		"extra-registrations", "comma-separated functions that register a handler: import/path.Func, or import/path.Func:N when the handler is argument N")
	fs.Var(landingFlag{c}, "landing", "where fixes put moved code when more than one place is safe: init, main (before the Start call) or lazy (a sync.OnceFunc the handler calls first)")
	fs.BoolVar(&c.HandlerShapes, "handler-shapes", c.HandlerShapes,
		"also find handlers by shape (a handler signature taking an aws-lambda-go events type) in packages that register none, and report their work there: for libraries analysed without the programs that register their handlers")
}
