// Package fixshare has two handlers that load the same config and build the
// same client: they share one init and one client. A third builds its
// client for another region and keeps its own. Each fix stands alone:
// count's declares the shared init with the same edits as list's. fmt is
// used only in the error checks the fixes replace, so each keeps the error
// it returned (log.Fatal(fmt.Errorf(…))): no subset of the fixes leaves
// fmt imported and unused.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func list(ctx context.Context) (int32, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return 0, fmt.Errorf("unable to load SDK config: %w", err)
	}
	db := dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig builds`
	out, err := db.Scan(ctx, nil)
	if err != nil {
		return 0, err
	}
	return out.Count, nil
}

func count(ctx context.Context) (int32, error) {
	// The same client as list's, whatever the config is called.
	awsCfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return 0, fmt.Errorf("unable to load SDK config: %w", err)
	}
	db := dynamodb.NewFromConfig(awsCfg) // want `dynamodb.NewFromConfig builds`
	out, err := db.Scan(ctx, nil)
	return out.Count, err
}

func replica(ctx context.Context) (int32, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return 0, fmt.Errorf("unable to load SDK config: %w", err)
	}
	db := dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig builds`
	out, err := db.Scan(ctx, nil)
	return out.Count, err
}

func main() {
	lambda.Start(list)
	lambda.Start(count)
	lambda.Start(replica)
}
