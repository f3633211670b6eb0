package main

// The files' inits run in the order of their names: this one after
// main.go's.
func init() { queueRegion = "ap-south-1" }
