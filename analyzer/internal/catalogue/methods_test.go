package catalogue

import (
	"go/types"
	"testing"
)

// TestMethodRulesCoverShareable checks that every concrete type a fix may
// share (shareableTypes) has a rule for its methods, so that no method of
// a shared value is judged by a guess; and that a rule answers as its
// lists say.
func TestMethodRulesCoverShareable(t *testing.T) {
	interfaces := map[string]bool{"github.com/redis/go-redis/v9.UniversalClient": true}
	for pkg, names := range shareableTypes {
		for _, name := range names {
			key := pkg + "." + name
			if _, ok := methodRules[key]; !ok && !interfaces[key] {
				t.Errorf("%s is shareable but has no method rule in methods.go", key)
			}
		}
	}
	regexp := types.NewNamed(types.NewTypeName(0, types.NewPackage("regexp", "regexp"), "Regexp", nil), types.NewStruct(nil, nil), nil)
	for method, want := range map[string]bool{"MatchString": false, "Longest": true, "UnmarshalText": true} {
		if changes, known := MethodChanges(types.NewPointer(regexp), method); !known || changes != want {
			t.Errorf("regexp.Regexp.%s: changes %v, known %v; want changes %v", method, changes, known, want)
		}
	}
	resty := types.NewNamed(types.NewTypeName(0, types.NewPackage("github.com/go-resty/resty/v2", "resty"), "Client", nil), types.NewStruct(nil, nil), nil)
	for method, want := range map[string]bool{"R": false, "SetHeader": true, "OnBeforeRequest": true} {
		if changes, known := MethodChanges(types.NewPointer(resty), method); !known || changes != want {
			t.Errorf("resty.Client.%s: changes %v, known %v; want changes %v", method, changes, known, want)
		}
	}
}
