package main

import "example.com/cases/dispatch/internal/chi_wrapper_start/router"

func main() {
	router.New().StartLambda()
}
