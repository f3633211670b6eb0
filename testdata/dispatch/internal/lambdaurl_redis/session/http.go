package session

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

type Store interface {
	Lookup(ctx context.Context, token string) (userID string, err error)
}

// NewHandler is called once from main.
func NewHandler(s Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
		token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		uid, err := s.Lookup(r.Context(), token)
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]string{"userId": uid})
	})
	return mux
}
