package app

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-lambda-go/events"
)

type App struct {
	Now    func() time.Time
	Notify func(ctx context.Context, userID, text string) error
}

type reminder struct {
	UserID string    `json:"userId"`
	DueAt  time.Time `json:"dueAt"`
}

func (a *App) Handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		var r reminder
		if err := json.Unmarshal([]byte(m.Body), &r); err != nil {
			return err
		}
		if r.DueAt.Before(a.Now()) {
			if err := a.Notify(ctx, r.UserID, fmt.Sprintf("reminder overdue since %s", r.DueAt)); err != nil {
				return err
			}
		}
	}
	return nil
}
