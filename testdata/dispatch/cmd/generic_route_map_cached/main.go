// The same generic table, with routes that open nothing invariant per call.
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
	routes := map[string]genroutes.Route[genjobscached.Job]{
		"import": s.Import,
		"export": s.Export,
		"audit":  s.Audit,
	}
	lambda.Start(genroutes.By(genjobscached.Job.Kind, routes))
}
