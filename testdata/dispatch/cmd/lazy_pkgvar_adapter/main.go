package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/lazy_pkgvar_adapter/s3images"
	"example.com/cases/dispatch/internal/lazy_pkgvar_adapter/thumbs"
)

func main() {
	h := thumbs.Handler{Images: s3images.Store{}}
	lambda.Start(h.Handle)
}
