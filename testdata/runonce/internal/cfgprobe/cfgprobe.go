// Package cfgprobe logs and adjusts AWS configurations.
package cfgprobe

import (
	"log/slog"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Log records where cfg points, with the request it serves: it only
// reads cfg.
func Log(cfg *aws.Config, request string) {
	slog.Info("aws config", "region", cfg.Region, "request", request)
}

// Point sets cfg's region.
func Point(cfg *aws.Config, region string) {
	if region != "" {
		cfg.Region = region
	}
}

// Relay hands cfg to Point.
func Relay(cfg *aws.Config, region string) { Point(cfg, region) }
