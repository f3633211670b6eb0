package redisstore

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Store struct {
	URL string
}

func (s Store) Lookup(ctx context.Context, token string) (string, error) {
	opts, err := redis.ParseURL(s.URL)
	if err != nil {
		return "", err
	}
	rdb := redis.NewClient(opts) // EXPECT: redis.NewClient per request (lambdaurl → ServeMux route closure → session.Store interface)
	defer rdb.Close()
	return rdb.Get(ctx, "session:"+token).Result()
}
