package plugin_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	_ "github.com/lambdainit/lambdainit/plugin"
	"golang.org/x/tools/go/analysis/analysistest"
)

func newPlugin(t *testing.T, settings any) (register.LinterPlugin, error) {
	t.Helper()
	ctor, err := register.GetPlugin("lambdainit")
	if err != nil {
		t.Fatal(err)
	}
	return ctor(settings)
}

func TestSettings(t *testing.T) {
	// YAML settings reach the plugin as maps; these are the shapes
	// golangci-lint hands over.
	p, err := newPlugin(t, map[string]any{"checks": []any{"client"}, "landing": "main"})
	if err != nil {
		t.Fatal(err)
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want typesinfo", mode)
	}
	as, err := p.BuildAnalyzers()
	if err != nil || len(as) != 1 || as[0].Name != "lambdainit" {
		t.Fatalf("BuildAnalyzers() = %v, %v", as, err)
	}
	if got := as[0].Flags.Lookup("checks").Value.String(); got != "client" {
		t.Errorf("checks setting gives -checks=%s", got)
	}
	if got := as[0].Flags.Lookup("landing").Value.String(); got != "main" {
		t.Errorf("landing setting gives -landing=%s", got)
	}
	// The analyzer the plugin builds behaves as the flag would: the
	// flags/checks case expects -checks=client.
	dir, _ := filepath.Abs(filepath.Join("..", "testdata"))
	p, _ = newPlugin(t, map[string]any{"checks": []any{"client"}})
	as, _ = p.BuildAnalyzers()
	for _, r := range analysistest.Run(t, dir, as[0], "flags/checks") {
		for _, d := range r.Diagnostics {
			if len(d.Related) > 0 {
				t.Errorf("%s: related information in plugin mode: %v", d.Message, d.Related)
			}
		}
	}

	if _, err := newPlugin(t, nil); err != nil {
		t.Errorf("no settings: %v", err)
	}
}

func TestSettingsRejected(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"check": []any{"client"}}, `unknown field "check"`},
		{map[string]any{"checks": []any{"clients"}}, `unknown check "clients"`},
		{map[string]any{"landing": "later"}, `landing "later"`},
		{map[string]any{"extra-constructors": []any{"Open"}}, `"Open": want import/path.Func`},
	} {
		_, err := newPlugin(t, tc.settings)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("settings %v: error %v, want %q", tc.settings, err, tc.want)
		}
	}
}
