// Package tenancyjobs holds a handler, registered by main, that points
// tenancy at the event's tenant before it opens the tenant's database.
package tenancyjobs

import (
	"context"
	"database/sql"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/runonce/internal/tenancy"
)

// Handle opens the tenant's database for each message.
func Handle(ctx context.Context, evt events.SQSEvent) error {
	for _, m := range evt.Records {
		tenancy.Use(m.Body)
		db, err := sql.Open("postgres", tenancy.DSN())
		if err != nil {
			return err
		}
		_ = db.Close()
	}
	return nil
}
