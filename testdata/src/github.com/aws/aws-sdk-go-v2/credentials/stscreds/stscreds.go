// Package stscreds is a stub of github.com/aws/aws-sdk-go-v2/credentials/stscreds.
package stscreds

import "github.com/aws/aws-sdk-go-v2/service/sts"

type AssumeRoleAPIClient interface{}

type AssumeRoleOptions struct{ RoleARN string }

type AssumeRoleProvider struct{}

func NewAssumeRoleProvider(client AssumeRoleAPIClient, roleARN string, optFns ...func(*AssumeRoleOptions)) *AssumeRoleProvider {
	return nil
}

var _ = sts.ServiceID
