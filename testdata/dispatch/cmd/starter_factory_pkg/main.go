// The factory main gives the starter returns another package's handler.
package main

import (
	"example.com/cases/dispatch/internal/starter/jobs"
	"example.com/cases/dispatch/internal/starter/platform"
)

func main() {
	platform.BuildAndStart(func(stage string) platform.Handler[jobs.Event] {
		return jobs.New(stage)
	})
}
