// Package credentials is a stub of github.com/aws/aws-sdk-go/aws/credentials.
package credentials

type Credentials struct{}
