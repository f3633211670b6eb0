package ratelimit

import (
	"context"
	"encoding/json"
	"time"

	"github.com/redis/go-redis/v9"
)

type Service struct {
	Addr  string
	Limit int64
}

func (s *Service) Check(ctx context.Context, params json.RawMessage) (any, error) {
	var p struct {
		Key string `json:"key"`
	}
	if err := json.Unmarshal(params, &p); err != nil {
		return nil, err
	}
	rdb := redis.NewClient(&redis.Options{Addr: s.Addr}) // EXPECT: redis.NewClient per invocation (rpc.Router.Invoke → routes map → method value svc.Check)
	defer rdb.Close()
	n, err := rdb.Incr(ctx, "rl:"+p.Key).Result()
	if err != nil {
		return nil, err
	}
	if n == 1 {
		rdb.Expire(ctx, "rl:"+p.Key, time.Minute)
	}
	return map[string]bool{"allowed": n <= s.Limit}, nil
}

func (s *Service) Ping(ctx context.Context, _ json.RawMessage) (any, error) {
	return "pong", nil
}
