package main

import "github.com/aws/aws-sdk-go-v2/config"

func handle() (string, error) {
	cfg, err := config.LoadDefaultConfig(bg) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return "", err
	}
	return cfg.Region, nil
}
