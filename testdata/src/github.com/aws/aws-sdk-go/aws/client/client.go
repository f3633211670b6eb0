// Package client is a stub of github.com/aws/aws-sdk-go/aws/client.
package client

type ConfigProvider interface {
	ClientConfig(serviceName string) Config
}

type Config struct{}
