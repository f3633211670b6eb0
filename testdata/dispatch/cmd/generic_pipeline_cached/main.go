// The same pipeline, whose steps use what main and the package built once.
package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/genjobscached"
	"example.com/cases/dispatch/internal/genroutes"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DSN"))
	if err != nil {
		log.Fatal(err)
	}
	s := genjobscached.New(db)
	p := new(genroutes.Pipeline[genjobscached.Job]).Then(s.Import).Then(s.Audit)
	lambda.Start(p.Run)
}
