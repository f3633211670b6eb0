// Package routing says which table a job is written to.
package routing

import "os"

// Job is the scheduler's payload.
type Job struct {
	Table string `json:"table"`
}

// Route is where a job goes.
type Route struct{ Table string }

// Default is the shared table.
func Default() Route { return Route{Table: os.Getenv("SHARED_TABLE")} }

// Apply switches to the job's own table, when it names one.
func (r *Route) Apply(j Job) {
	if j.Table != "" {
		r.Table = j.Table
	}
}

// Preview is Apply on a copy: the route it is called on is unchanged.
func (r Route) Preview(j Job) {
	if j.Table != "" {
		r.Table = j.Table
	}
	_ = r
}
