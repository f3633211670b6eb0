package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/ports_once_adapter/ddbrepo"
	"example.com/cases/dispatch/internal/ports_once_adapter/inventory"
)

func main() {
	repo := ddbrepo.New(os.Getenv("STOCK_TABLE"))
	lambda.Start(inventory.NewHandler(repo))
}
