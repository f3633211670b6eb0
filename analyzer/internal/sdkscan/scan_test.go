package sdkscan

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestV2 scans a package written like the SDK's generated code: each way
// middleware reaches its input is a write, and each copy is not.
func TestV2(t *testing.T) {
	dir := t.TempDir()
	src := `package svc

type GetInput struct{ Mode, Key *string }
type PutInput struct{ Token *string }
type ListInput struct{ Next *string; Limit *int32 }
type OtherInput struct{ A *string }
type DecodedInput struct{ B *string }
type Options struct{ Region string }

type ListPaginator struct{ params *ListInput }
type CopyingPaginator struct{ params *ListInput }

// The checksum middleware's setter: a type assertion.
func setGetMode(input interface{}, mode string) {
	in := input.(*GetInput)
	in.Mode = &mode
}

// The idempotency middleware: a comma-ok assertion.
func fillToken(params interface{}) {
	input, ok := params.(*PutInput)
	if !ok {
		return
	}
	t := "x"
	input.Token = &t
}

// A customization by type switch.
func sanitize(params interface{}) {
	switch v := params.(type) {
	case *OtherInput:
		*v.A = "clean"
	case *Options:
		v.Region = "r" // not an input
	}
}

// Reads and copies are not writes.
func presign(params interface{}) interface{} {
	in := params.(*GetInput)
	cpy := *in
	cpy.Key = nil
	_ = in.Key
	return &cpy
}

// Serializers read their input.
func serialize(v *PutInput) string { return *v.Token }

func (v *DecodedInput) Deserialize() error { v.B = new(string); return nil }

func (p *ListPaginator) NextPage() {
	params := *p.params
	params.Next = nil
}

func (p *CopyingPaginator) NextPage() {
	p.params.Limit = nil
}
`
	if err := os.WriteFile(filepath.Join(dir, "api.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	writes, pag, err := V2(dir, "svc")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range writes {
		got = append(got, w.Type+"."+w.Field+"@"+w.At)
	}
	want := []string{"GetInput.Mode@api.go:16", "OtherInput.A@api.go:33", "PutInput.Token@api.go:26"}
	if !slices.Equal(got, want) {
		t.Errorf("writes:\n got %q\nwant %q", got, want)
	}
	if len(pag) != 1 || pag[0].Type != "ListInput" || pag[0].Field != "Limit" {
		t.Errorf("paginator writes = %+v, want ListInput.Limit from CopyingPaginator only", pag)
	}
}

// TestV1 reads the idempotencyToken tags of api.go and the writes of the
// other files.
func TestV1(t *testing.T) {
	dir := t.TempDir()
	api := "package svc\n\ntype CreateInput struct {\n\tName *string `type:\"string\"`\n\n\tClientToken *string `type:\"string\" idempotencyToken:\"true\"`\n}\n\ntype CreateOutput struct {\n\tToken *string `idempotencyToken:\"true\"`\n}\n"
	custom := "package svc\n\nfunc fill(r interface{}) {\n\tp := r.(*CopyInput)\n\tp.Url = nil\n}\n"
	for name, src := range map[string]string{"api.go": api, "customizations.go": custom} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writes, err := V1(dir, "svc")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range writes {
		got = append(got, w.Type+"."+w.Field+"@"+w.At)
	}
	want := []string{"CopyInput.Url@customizations.go:5", "CreateInput.ClientToken@api.go:6"}
	if !slices.Equal(got, want) {
		t.Errorf("writes:\n got %q\nwant %q", got, want)
	}
}
