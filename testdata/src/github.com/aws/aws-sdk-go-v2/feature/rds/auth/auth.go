// Package auth is a stub of github.com/aws/aws-sdk-go-v2/feature/rds/auth.
package auth

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

func BuildAuthToken(ctx context.Context, endpoint, region, dbUser string, creds aws.CredentialsProvider, optFns ...func(options *BuildAuthTokenOptions)) (string, error) {
	return "", nil
}

type BuildAuthTokenOptions struct{}
