// Package tenancy keeps the tenant being served; it has no handler, and
// cannot tell when its setter is called.
package tenancy

import (
	"fmt"
	"os"
)

var tenant string

// Use sets the tenant being served.
func Use(t string) { tenant = t }

// DSN is the tenant's database.
func DSN() string { return fmt.Sprintf("%s/%s", os.Getenv("DB_BASE"), tenant) }
