// Package settings reads the function's settings from the environment.
package settings

import (
	"os"
	"strconv"
	"time"
)

// Settings are the function's tunables.
type Settings struct {
	RedisAddr string
	PoolSize  int
	TTL       time.Duration
}

// FromEnv reads the settings, with defaults.
func FromEnv() Settings {
	s := Settings{RedisAddr: os.Getenv("REDIS_ADDR"), PoolSize: 4, TTL: time.Minute}
	if n, err := strconv.Atoi(os.Getenv("REDIS_POOL")); err == nil && n > 0 {
		s.PoolSize = n
	}
	switch os.Getenv("STAGE") {
	case "prod":
		s.TTL = 10 * time.Minute
	}
	return s
}
