// Operation inputs finished after their literal: a field set on the next
// line to a value the same on every invocation (a page size from the
// environment), and an input handed to a logging helper of the package
// that only reads its fields before the operation. Each is the same on
// every invocation.
package main

import (
	"context"
	"log/slog"
	"os"
	"strconv"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var db = dynamodb.New(dynamodb.Options{Region: "eu-west-1"})

func pageSize() int32 {
	n, err := strconv.Atoi(os.Getenv("PAGE_SIZE"))
	if err != nil || n <= 0 {
		return 25
	}
	return int32(n)
}

func logScan(in *dynamodb.ScanInput) {
	slog.Debug("scan", "table", aws.ToString(in.TableName), "limit", aws.ToInt32(in.Limit))
}

func handler(ctx context.Context) (int, error) {
	q := &dynamodb.ScanInput{TableName: aws.String("orders")} // EXPECT: its limit is set after, the same each time
	q.Limit = aws.Int32(pageSize())
	out, err := db.Scan(ctx, q)
	if err != nil {
		return 0, err
	}

	d := &dynamodb.DescribeTableInput{TableName: aws.String("orders")} // EXPECT: the helper only reads it
	logDescribe(d)
	if _, err := db.DescribeTable(ctx, d); err != nil {
		return 0, err
	}

	s := &dynamodb.ScanInput{TableName: aws.String("audit"), Limit: aws.Int32(10)} // EXPECT: logged, then sent
	logScan(s)
	if _, err := db.Scan(ctx, s); err != nil {
		return 0, err
	}
	return int(out.Count), nil
}

func logDescribe(in *dynamodb.DescribeTableInput) {
	slog.Info("describe", "table", *in.TableName)
}

func main() { lambda.Start(handler) }
