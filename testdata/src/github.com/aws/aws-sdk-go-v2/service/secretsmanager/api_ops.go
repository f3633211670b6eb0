package secretsmanager

import "context"

type GetSecretValueInput struct {
	SecretId     *string
	VersionStage *string
}

type GetSecretValueOutput struct{ SecretString *string }

func (c *Client) GetSecretValue(ctx context.Context, params *GetSecretValueInput, optFns ...func(*Options)) (*GetSecretValueOutput, error) {
	s := "secret"
	return &GetSecretValueOutput{SecretString: &s}, nil
}
