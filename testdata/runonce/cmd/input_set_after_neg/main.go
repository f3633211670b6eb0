// Negative twin of input_set_after: the field set after the literal comes
// from the event, the helper the input is handed to fills a field of it,
// and the logging helper hands the input itself on (to a method that may
// change it).
package main

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var db = dynamodb.New(dynamodb.Options{Region: "eu-west-1"})

type request struct {
	Limit int32  `json:"limit"`
	Table string `json:"table"`
}

func scope(in *dynamodb.ScanInput, r request) {
	if r.Table != "" {
		in.TableName = aws.String(r.Table)
	}
}

type auditor struct{ last *dynamodb.ScanInput }

func (a *auditor) keep(in *dynamodb.ScanInput) { a.last = in }

var audit auditor

func logAndKeep(in *dynamodb.ScanInput) {
	slog.Debug("scan", "table", aws.ToString(in.TableName))
	audit.keep(in)
}

func handler(ctx context.Context, r request) (int, error) {
	q := &dynamodb.ScanInput{TableName: aws.String("orders")}
	q.Limit = aws.Int32(r.Limit)
	out, err := db.Scan(ctx, q)
	if err != nil {
		return 0, err
	}

	s := &dynamodb.ScanInput{TableName: aws.String("orders")}
	scope(s, r)
	if _, err := db.Scan(ctx, s); err != nil {
		return 0, err
	}

	k := &dynamodb.ScanInput{TableName: aws.String("audit")}
	logAndKeep(k)
	if _, err := db.Scan(ctx, k); err != nil {
		return 0, err
	}
	return int(out.Count), nil
}

func main() { lambda.Start(handler) }
