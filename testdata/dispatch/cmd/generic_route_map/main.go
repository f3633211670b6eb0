// Jobs picked from a table of a generic function type by a generic
// dispatcher of another package; the table holds method values.
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
	routes := map[string]genroutes.Route[genjobs.Job]{
		"import": s.Import,
		"export": s.Export,
	}
	lambda.Start(genroutes.By(genjobs.Job.Kind, routes))
}
