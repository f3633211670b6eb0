// The handler writes scratch files under /tmp (the image it resizes)
// before it loads the SDK's configuration, here and in another package:
// a scratch file is not the SDK's shared config or credentials file, so
// the configuration is the same on every invocation.
package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/thumbstore"
)

const scratch = "/tmp/thumbs"

func handler(ctx context.Context, ev events.S3Event) error {
	if err := os.MkdirAll(scratch, 0o755); err != nil {
		return err
	}
	for _, r := range ev.Records {
		out := "/tmp/thumbs/" + filepath.Base(r.S3.Object.Key)
		if err := os.WriteFile(out, []byte("png"), 0o644); err != nil {
			return err
		}
		cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: config loaded after writing a scratch file only
		if err != nil {
			return err
		}
		_ = s3.NewFromConfig(cfg)                                            // EXPECT: client built from that config
		if err := thumbstore.Upload(ctx, out, r.S3.Object.Key); err != nil { // EXPECT: thumbstore.Upload loads the config and builds a client on every call
			return err
		}
	}
	return nil
}

func main() { lambda.Start(handler) }
