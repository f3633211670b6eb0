package sts

import "context"

type GetCallerIdentityInput struct{}

type GetCallerIdentityOutput struct{ Account *string }

func (c *Client) GetCallerIdentity(ctx context.Context, params *GetCallerIdentityInput, optFns ...func(*Options)) (*GetCallerIdentityOutput, error) {
	return &GetCallerIdentityOutput{}, nil
}
