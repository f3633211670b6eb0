// Package tablejobs holds handlers that main registers; they set another
// package's variables from the event before counting.
package tablejobs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/tablesrc"
)

// Job names a table and a label.
type Job struct{ Table, Label string }

// Counter counts with the client main gives it.
type Counter struct{ DB *dynamodb.Client }

// CountTable points the source at the event's table first.
func (c *Counter) CountTable(ctx context.Context, j Job) (int32, error) {
	tablesrc.Table = j.Table
	return tablesrc.Count(ctx, c.DB)
}

// CountLabelled sets only the label from the event.
func (c *Counter) CountLabelled(ctx context.Context, j Job) (int32, error) {
	tablesrc.Label = j.Label
	return tablesrc.Count(ctx, c.DB)
}
