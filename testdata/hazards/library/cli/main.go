// Command cli is a developer tool that imports billing for its version.
package main

import (
	"fmt"

	"example.com/hazards/library/billing"
)

func main() { fmt.Println(billing.Version) }
