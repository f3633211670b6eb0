package ssm

import "context"

type GetParameterInput struct {
	Name           *string
	WithDecryption *bool
}

type Parameter struct{ Value *string }

type GetParameterOutput struct{ Parameter *Parameter }

func (c *Client) GetParameter(ctx context.Context, params *GetParameterInput, optFns ...func(*Options)) (*GetParameterOutput, error) {
	return &GetParameterOutput{}, nil
}
