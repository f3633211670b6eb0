// Package rt stands for a company's own wrapper that registers Lambda
// handlers: Serve(name, handler).
package rt

func Serve(name string, handler interface{}) {}
