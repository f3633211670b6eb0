package app

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
)

// NotifyFunc sends a push notification to a user.
type NotifyFunc func(ctx context.Context, userID, text string) error

type App struct {
	Notify NotifyFunc
}

type mention struct {
	UserID string `json:"userId"`
	By     string `json:"by"`
}

func (a *App) Handle(ctx context.Context, ev events.SNSEvent) error {
	for _, rec := range ev.Records {
		var m mention
		if err := json.Unmarshal([]byte(rec.SNS.Message), &m); err != nil {
			return err
		}
		if err := a.Notify(ctx, m.UserID, m.By+" mentioned you"); err != nil {
			return err
		}
	}
	return nil
}
