// Package libs imports the packages of aws-lambda-go and // want package:"the user.s module"
// aws-lambda-go-api-proxy that no other package of this module uses, so
// that the analyzer's tests see them in the module's graph: their
// handler-shaped functions must give no finding (TestRealModules).
package libs

import (
	_ "github.com/aws/aws-lambda-go/cfn"
	_ "github.com/awslabs/aws-lambda-go-api-proxy/chi"
	_ "github.com/awslabs/aws-lambda-go-api-proxy/handlerfunc"
	_ "github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
)
