// Negative: the other package's handler compiles its pattern when built.
package main

import (
	"example.com/cases/dispatch/internal/starter/jobs"
	"example.com/cases/dispatch/internal/starter/platform"
)

func main() {
	platform.BuildAndStart(func(stage string) platform.Handler[jobs.Event] {
		return jobs.NewOnce(stage)
	})
}
