package signup

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/dispatch/internal/notifyshared/notifier"
)

type Service struct {
	n notifier.Notifier
}

func New(n notifier.Notifier) *Service { return &Service{n: n} }

// PostConfirmation is a Cognito post-confirmation trigger.
func (s *Service) PostConfirmation(ctx context.Context, e events.CognitoEventUserPoolsPostConfirmation) (events.CognitoEventUserPoolsPostConfirmation, error) {
	email := e.Request.UserAttributes["email"]
	if err := s.n.Notify(ctx, fmt.Sprintf("welcome %s", email)); err != nil {
		return e, err
	}
	return e, nil
}
