package s3

type GetObjectInput struct {
	Bucket *string
	Key    *string
}

type GetObjectOutput struct{}

func (c *S3) GetObject(input *GetObjectInput) (*GetObjectOutput, error) {
	return &GetObjectOutput{}, nil
}
