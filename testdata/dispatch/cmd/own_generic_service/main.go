// Command own_generic_service instantiates the generic service over the
// store that dials on every Get.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/own_generic_service/kv"
	"example.com/cases/dispatch/internal/own_generic_service/svc"
)

func main() {
	s := svc.Service[kv.Dialing]{Store: kv.Dialing{}}
	lambda.Start(s.Lookup)
}
