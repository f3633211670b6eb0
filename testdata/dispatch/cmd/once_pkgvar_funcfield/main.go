package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/once_pkgvar_funcfield/billing"
	"example.com/cases/dispatch/internal/once_pkgvar_funcfield/ledger"
)

func main() {
	h := billing.Handler{Record: ledger.Record}
	lambda.Start(h.Handle)
}
