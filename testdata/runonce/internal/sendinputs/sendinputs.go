// Package sendinputs builds queue request inputs, logs them and stamps
// them.
package sendinputs

import (
	"log/slog"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Describe returns the input that describes table.
func Describe(table string) *dynamodb.DescribeTableInput {
	return &dynamodb.DescribeTableInput{TableName: aws.String(table)} // EXPECT: returned, logged and sent as is (returned_logged)
}

// Scan returns a scan of table; callers set its limit.
func Scan(table string) *dynamodb.ScanInput {
	return &dynamodb.ScanInput{TableName: aws.String(table)} // EXPECT: returned, finished with a constant limit (returned_logged)
}

// Log prints the table an input names; it never changes it.
func Log(in *dynamodb.DescribeTableInput) {
	slog.Debug("describe", "table", aws.ToString(in.TableName))
}

// Stamp names the request in the scan's filter.
func Stamp(in *dynamodb.ScanInput, requestID string) {
	in.FilterExpression = aws.String("request = " + requestID)
}
