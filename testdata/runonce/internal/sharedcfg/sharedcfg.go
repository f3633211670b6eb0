// Package sharedcfg hands out the SDK configuration.
package sharedcfg

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

// Get loads the configuration once, through a generic helper.
var Get = memo(load)

// Loader loads the configuration each time it is called; tests swap it.
var Loader = load

func load() aws.Config {
	cfg, err := config.LoadDefaultConfig(context.Background()) // EXPECT: load runs on every call of the Loader variable (funcvar_other_pkg); through Get, once
	if err != nil {
		panic(err)
	}
	return cfg
}

func memo[T any](f func() T) func() T { return sync.OnceValue(f) }
