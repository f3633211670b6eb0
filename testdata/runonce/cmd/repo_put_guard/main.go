// An early return on what a repository answers is no guard: the rest of
// the handler runs on every invocation that finds the table ready, though
// it calls the repository's Put afterwards. Put sends an item and changes
// nothing of the repository (its package's fact: KeepsRecv), so it is not
// a write of the state the condition read. The pattern is compiled on
// every invocation.
package main

import (
	"context"
	"os"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/projrepo"
)

type syncer struct{ repo *projrepo.Repo }

func (s *syncer) handle(ctx context.Context, ev events.DynamoDBEvent) error {
	if !s.repo.Ready(ctx) { // EXPECT: Ready's input, built from the table fixed in main
		return nil
	}
	id := regexp.MustCompile(`^usr_[0-9a-f]{8}$`) // EXPECT: compiled on every invocation the table is ready
	for _, r := range ev.Records {
		if pk := r.Change.Keys["pk"].String(); id.MatchString(pk) {
			if err := s.repo.Put(ctx, pk); err != nil {
				return err
			}
		}
	}
	return nil
}

func main() {
	s := &syncer{repo: &projrepo.Repo{DB: dynamodb.New(dynamodb.Options{Region: "eu-west-1"}), Table: os.Getenv("TABLE")}}
	lambda.Start(s.handle)
}
