// Package jobstate keeps the job being processed.
package jobstate

// Job names where the job's data lives.
type Job struct{ Region, Bucket string }

// Current is the job being processed.
var Current Job

// Bind records the job for the packages that follow.
func Bind(j Job) { Current = j }

// Seen counts the jobs handled.
var Seen int

// Count counts one job.
func Count() { Seen++ }
