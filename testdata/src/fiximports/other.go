package main

import "github.com/aws/aws-sdk-go-v2/config"

// other loads the same config as handle: its fix declares the same
// variables with the same edits, and adds the same imports.
func other() (string, error) {
	cfg, err := config.LoadDefaultConfig(bg) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return "", err
	}
	return cfg.Region + "!", nil
}
