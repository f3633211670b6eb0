// Package tenancy holds process-wide settings about tenant accounts.
package tenancy

var usageTable = "usage"

// Region is the home region of the tenant accounts; main may set it.
var Region = "eu-west-1"

// Configure names the usage table every tenant account has.
func Configure(table string) {
	if table != "" {
		usageTable = table
	}
}

// UsageTable answers the configured usage table.
func UsageTable() string { return usageTable }

// HomeRegion answers the configured home region.
func HomeRegion() string { return Region }
