// Actions registered from the init of a blank-imported package, looked
// up by the command's name and called through the value Lookup returns.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"

	_ "example.com/cases/dispatch/internal/lookup/export"
	"example.com/cases/dispatch/internal/lookup/registry"
)

type command struct{ Name, Arg string }

func handle(ctx context.Context, cmd command) error {
	a, ok := registry.Lookup(cmd.Name)
	if !ok {
		return fmt.Errorf("unknown action %q", cmd.Name)
	}
	return a(ctx, cmd.Arg)
}

func main() { lambda.Start(handle) }
