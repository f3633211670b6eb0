// Package service is the business layer between the API handler and the
// repository.
package service

import (
	"context"

	"example.com/lambdafns/layered/repository"
)

// Service answers invoice questions.
type Service struct{ repo *repository.Repo }

// New wires the service to its repository.
func New(ctx context.Context) (*Service, error) {
	repo, err := repository.New(ctx)
	if err != nil {
		return nil, err
	}
	return &Service{repo: repo}, nil
}

// Total returns the amount of one invoice.
func (s *Service) Total(ctx context.Context, id string) (string, error) {
	item, err := s.repo.Invoice(ctx, id)
	if err != nil {
		return "", err
	}
	if _, ok := item["total"]; !ok {
		return "0", nil
	}
	return "known", nil
}
