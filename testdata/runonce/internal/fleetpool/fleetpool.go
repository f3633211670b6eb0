// Package fleetpool keeps one client per region in a pool, and lets its
// callers drop them.
package fleetpool

import (
	"sync"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Pool is a mutex-guarded map of clients by region.
type Pool struct {
	mu sync.Mutex
	m  map[string]*dynamodb.Client
}

// Default is the process-wide pool.
var Default = &Pool{m: map[string]*dynamodb.Client{}}

// Get returns the client of region, building it on a miss.
func (p *Pool) Get(region string) *dynamodb.Client {
	p.mu.Lock()
	defer p.mu.Unlock()
	if c, ok := p.m[region]; ok {
		return c
	}
	c := dynamodb.New(dynamodb.Options{Region: region}) // EXPECT: the handler clears the pool on every invocation
	p.m[region] = c
	return c
}

// Reset drops every client.
func (p *Pool) Reset() {
	p.mu.Lock()
	clear(p.m)
	p.mu.Unlock()
}
