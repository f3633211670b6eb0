// Package envx centralises environment access: a setter named by its
// parameter, and getters of fixed names.
package envx

import "os"

// Override sets key when val is not empty.
func Override(key, val string) {
	if val != "" {
		os.Setenv(key, val)
	}
}

// ParamName is the SSM parameter holding the allow-list.
func ParamName() string { return os.Getenv("PARAM_NAME") }
