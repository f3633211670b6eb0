package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/embedded_repo/ddbstore"
	"example.com/cases/dispatch/internal/embedded_repo/profile"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	svc := profile.Service{Repository: ddbstore.New(cfg, os.Getenv("PROFILES_TABLE"))}
	lambda.Start(svc.Get)
}
