// Negative: the handler of another package sets tenancy's tenant from the
// event before it opens the tenant's database.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/tenancyjobs"
)

func main() { lambda.Start(tenancyjobs.Handle) }
