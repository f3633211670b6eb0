// Package rpc is a tiny action router for direct (SDK) invocations:
// {"action": "...", "params": {...}}.
package rpc

import (
	"context"
	"encoding/json"
	"fmt"
)

type HandlerFunc func(ctx context.Context, params json.RawMessage) (any, error)

type Router struct {
	routes map[string]HandlerFunc
}

func NewRouter() *Router { return &Router{routes: map[string]HandlerFunc{}} }

func (r *Router) Handle(action string, h HandlerFunc) { r.routes[action] = h }

// Invoke implements lambda.Handler.
func (r *Router) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	var req struct {
		Action string          `json:"action"`
		Params json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal(payload, &req); err != nil {
		return nil, err
	}
	h, ok := r.routes[req.Action]
	if !ok {
		return nil, fmt.Errorf("unknown action %q", req.Action)
	}
	out, err := h(ctx, req.Params)
	if err != nil {
		return nil, err
	}
	return json.Marshal(out)
}
