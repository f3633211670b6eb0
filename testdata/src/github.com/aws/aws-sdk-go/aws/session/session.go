// Package session is a stub of github.com/aws/aws-sdk-go/aws/session.
package session

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

type Session struct{ Config *aws.Config }

type Options struct {
	Config            aws.Config
	SharedConfigState int
}

func (s *Session) ClientConfig(serviceName string) client.Config { return client.Config{} }

func New(cfgs ...*aws.Config) *Session                     { return &Session{} }
func NewSession(cfgs ...*aws.Config) (*Session, error)     { return &Session{}, nil }
func NewSessionWithOptions(opts Options) (*Session, error) { return &Session{}, nil }
func Must(sess *Session, err error) *Session               { return sess }
