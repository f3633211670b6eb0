module go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-sdk-go-v2/otelaws

go 1.26

require github.com/aws/smithy-go v1.28.9
