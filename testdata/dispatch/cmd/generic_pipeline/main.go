// Steps kept in a generic pipeline's slice of function values, run by a
// method value of the pipeline.
package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/genjobs"
	"example.com/cases/dispatch/internal/genroutes"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DSN"))
	if err != nil {
		log.Fatal(err)
	}
	s := genjobs.New(db)
	p := new(genroutes.Pipeline[genjobs.Job]).Then(s.Import).Then(s.Audit)
	lambda.Start(p.Run)
}
