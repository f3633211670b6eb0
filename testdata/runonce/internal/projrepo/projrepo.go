// Package projrepo stores projections, and keeps a small cache of them.
package projrepo

import (
	"context"
	"regexp"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Repo writes items to one table.
type Repo struct {
	DB    *dynamodb.Client
	Table string
}

// Ready reports whether the table exists.
func (r *Repo) Ready(ctx context.Context) bool {
	_, err := r.DB.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(r.Table)})
	return err == nil
}

// Put stores one item: it sends it, and changes nothing of the Repo.
func (r *Repo) Put(ctx context.Context, pk string) error {
	_, err := r.DB.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(r.Table), Item: map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: pk}}})
	return err
}

// Patterns caches compiled patterns by name.
type Patterns struct {
	mu sync.Mutex
	m  map[string]*regexp.Regexp
}

// Get answers the pattern cached under name, or nil.
func (p *Patterns) Get(name string) *regexp.Regexp {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.m[name]
}

// Put caches re under name.
func (p *Patterns) Put(name string, re *regexp.Regexp) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = map[string]*regexp.Regexp{}
	}
	p.m[name] = re
}
