// Package request is a stub of github.com/aws/aws-sdk-go/aws/request.
package request

type Option func(*Request)

type Request struct{}
