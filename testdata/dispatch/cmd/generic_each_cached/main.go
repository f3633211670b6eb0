// The same fan-out over a method value whose pool main opened.
package main

import (
	"context"
	"database/sql"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/genjobscached"
	"example.com/cases/dispatch/internal/genroutes"
)

type batch struct {
	IDs []string `json:"ids"`
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DSN"))
	if err != nil {
		log.Fatal(err)
	}
	s := genjobscached.New(db)
	lambda.Start(func(ctx context.Context, b batch) error {
		return genroutes.Each(ctx, b.IDs, s.Archive)
	})
}
