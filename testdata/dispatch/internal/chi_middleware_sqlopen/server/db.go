package server

import (
	"context"
	"database/sql"
	"net/http"
	"os"
)

type dbKey struct{}

// withDB opens a pool for the request and hands it down via the context.
func withDB(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		db, err := sql.Open("pgx", os.Getenv("DATABASE_URL")) // EXPECT: sql.Open per request (chi middleware in r.Route group, chiadapter)
		if err != nil {
			http.Error(w, "db unavailable", http.StatusServiceUnavailable)
			return
		}
		defer db.Close()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), dbKey{}, db)))
	})
}

func dbFrom(ctx context.Context) *sql.DB {
	return ctx.Value(dbKey{}).(*sql.DB)
}
