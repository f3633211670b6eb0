// Package tenantenv points the environment at one tenant.
package tenantenv

import "os"

// Use exports the tenant's region for the SDK.
func Use(region string) error { return setRegion(region) }

func setRegion(r string) error { return os.Setenv("AWS_REGION", r) }

// Stage reports the deployment stage; it changes nothing.
func Stage() string { return os.Getenv("STAGE") }
