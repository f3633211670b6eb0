// Package fetch fetches the same secret and parameter on every invocation.
package main

import (
	"context"
	"database/sql"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
)

var (
	sm    = secretsmanager.New(secretsmanager.Options{})
	store = ssm.New(ssm.Options{})
)

type Event struct{ Key string }

func handler(ctx context.Context, e Event) error {
	secret, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String("prod/db")}) // want `secretsmanager.GetSecretValue fetches the same secret on every invocation of handler; cache it outside the handler \(secretcache, or a package variable with a refresh policy\) \(no automatic fix: when a cached secret or parameter is refreshed is a decision to make, not a move\)` `secretsmanager.GetSecretValueInput is rebuilt`
	if err != nil {
		return err
	}
	db, err := sql.Open("postgres", *secret.SecretString) // want `sql.Open opens a new database connection pool .* \(no automatic fix: it needs .*, a secret or parameter fetched on every invocation\)`
	if err != nil {
		return err
	}
	_ = db
	_, err = store.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String(e.Key)}) // the name comes from the event: stays
	return err
}

func main() { lambda.Start(handler) }
