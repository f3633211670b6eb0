package catalogue

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer/internal/sdkscan"
)

// TestSDKWritesCurrent scans the SDK modules of testdata/sdkinputs again
// and checks that sdkwrites_gen.go is what go generate writes from them,
// so the table follows the SDK's code, not a hand list.
func TestSDKWritesCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the SDK modules")
	}
	// The SDK modules are the test's own to fetch (this package's tests
	// cannot reach module_test.go's helper).
	dir := filepath.Join("..", "..", "..", "testdata", "sdkinputs")
	download := exec.Command("go", "mod", "download")
	download.Dir = dir
	if out, err := download.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s: %v\n%s\nThis test needs the module proxy once, or a module cache filled by `cd testdata/sdkinputs && go mod download`.", dir, err, out)
	}
	mods, err := sdkscan.Modules(dir)
	if err != nil {
		t.Fatal(err)
	}
	table, err := sdkscan.Scan(mods)
	if err != nil {
		t.Fatal(err)
	}
	want, err := table.Source("catalogue")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("sdkwrites_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("sdkwrites_gen.go is stale: run go generate ./analyzer/internal/catalogue")
	}
	// Paginators copy their input before they set the page token
	// (params := *p.params), which is why their inputs may be shared.
	for _, w := range table.PaginatorWrites {
		t.Errorf("%s's paginator writes %s into its caller's input (%s)", w.Key(), w.Field, w.At)
	}
}

// TestSDKWritesKnown checks what the table says of inputs whose behaviour
// is documented: the checksum mode S3 sets, idempotency tokens in both
// SDKs, and inputs the SDK only reads.
func TestSDKWritesKnown(t *testing.T) {
	has := func(key, field string) bool {
		for _, w := range sdkWrites[key] {
			if w.field == field {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		key, field string
	}{
		{"github.com/aws/aws-sdk-go-v2/service/s3.GetObjectInput", "ChecksumMode"},
		{"github.com/aws/aws-sdk-go-v2/service/dynamodb.TransactWriteItemsInput", "ClientRequestToken"},
		{"github.com/aws/aws-sdk-go-v2/service/sqs.SendMessageBatchInput", ""},
		{"github.com/aws/aws-sdk-go/service/dynamodb.TransactWriteItemsInput", "ClientRequestToken"},
		{"github.com/aws/aws-sdk-go/service/rds.CopyDBSnapshotInput", "PreSignedUrl"},
	} {
		if c.field == "" {
			if _, ok := sdkWrites[c.key]; ok {
				t.Errorf("%s: the SDK only reads it, the table says it writes %v", c.key, sdkWrites[c.key])
			}
			continue
		}
		if !has(c.key, c.field) {
			t.Errorf("%s: the table misses that the SDK writes %s", c.key, c.field)
		}
	}
	for _, f := range []string{"ClientToken", "ClientRequestToken", "IdempotencyToken"} {
		if !commonSDKWrites()[f] {
			t.Errorf("commonSDKWrites misses %s", f)
		}
	}
}
