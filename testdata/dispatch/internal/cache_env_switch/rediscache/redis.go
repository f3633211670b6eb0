package rediscache

import (
	"context"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"
)

type Store struct {
	Addr string
	TTL  time.Duration
}

func (s *Store) client() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: s.Addr}) // EXPECT: redis.NewClient per Get/Set (Store is one of two Cache impls chosen in main)
}

func (s *Store) Get(ctx context.Context, key string) (string, bool, error) {
	rdb := s.client()
	defer rdb.Close()
	v, err := rdb.Get(ctx, key).Result()
	if errors.Is(err, redis.Nil) {
		return "", false, nil
	}
	return v, err == nil, err
}

func (s *Store) Set(ctx context.Context, key, val string) error {
	rdb := s.client()
	defer rdb.Close()
	return rdb.Set(ctx, key, val, s.TTL).Err()
}
