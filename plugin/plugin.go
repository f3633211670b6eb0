// Package plugin registers lambdainit as a golangci-lint v2 module plugin.
//
// Build a golangci-lint that includes it with `golangci-lint custom` and
// the repository's .custom-gcl.yml, then enable it in .golangci.yml:
//
//	linters:
//	  enable:
//	    - lambdainit
//	  settings:
//	    custom:
//	      lambdainit:
//	        type: module
//	        settings:
//	          checks: [client, config, params]
//	          landing: init
//
// The settings decode into the same analyzer.Config the command line flags
// set; unknown keys are rejected.
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"github.com/lambdainit/lambdainit/analyzer"
	"golang.org/x/tools/go/analysis"
)

func init() {
	register.Plugin("lambdainit", New)
}

// New builds the plugin from its golangci-lint settings.
func New(settings any) (register.LinterPlugin, error) {
	cfg := analyzer.Config{}
	if settings != nil {
		var err error
		cfg, err = register.DecodeSettings[analyzer.Config](settings)
		if err != nil {
			return nil, fmt.Errorf("lambdainit settings: %w", err)
		}
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &plugin{cfg: cfg}, nil
}

type plugin struct{ cfg analyzer.Config }

// BuildAnalyzers returns a fresh analyzer bound to the settings. Every
// diagnostic carries at most one fix, and the fixes of one file never
// overlap except for identical edits (an import two fixes both add), which
// golangci-lint merges.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{withoutRelated(analyzer.New(p.cfg))}, nil
}

// withoutRelated drops the related information of every diagnostic (the
// registration, the finding whose fix moves this one too): golangci-lint
// would print each related location as an issue of its own. It is the
// driver's concern, so it lives here and not in analyzer.Config.
func withoutRelated(a *analysis.Analyzer) *analysis.Analyzer {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			d.Related = nil
			pass.Report(d)
		}
		return run(&p)
	}
	return a
}

// GetLoadMode asks for type information: handlers are found by types.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
