// Package api serves the document routes.
package api

import (
	"net/http"

	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/freshport/port"
	"example.com/cases/dispatch/internal/freshport/signer"
)

// Deps are built in main.
type Deps struct {
	SQS      *sqs.Client
	QueueURL string
	// Shared, when set, is the signer every request uses.
	Shared port.URLSigner
}

type server struct{ deps Deps }

// NewRouter registers the route that signs with a signer made per
// request.
func NewRouter(d Deps) *http.ServeMux {
	s := &server{deps: d}
	m := http.NewServeMux()
	m.HandleFunc("GET /documents/{id}/link", s.link)
	return m
}

// NewSharedRouter registers the route that signs with the signer main
// made.
func NewSharedRouter(d Deps) *http.ServeMux {
	s := &server{deps: d}
	m := http.NewServeMux()
	m.HandleFunc("GET /documents/{id}/shared", s.shared)
	return m
}

// signer returns the signer for this request.
func (s *server) signer() port.URLSigner {
	return signer.New(s.deps.SQS, s.deps.QueueURL)
}

func (s *server) link(w http.ResponseWriter, r *http.Request) {
	u, err := s.signer().Sign(r.Context(), r.PathValue("id"))
	if err != nil {
		http.Error(w, "cannot sign", http.StatusBadGateway)
		return
	}
	_, _ = w.Write([]byte(u))
}

func (s *server) shared(w http.ResponseWriter, r *http.Request) {
	if s.deps.Shared == nil {
		http.NotFound(w, r)
		return
	}
	u, err := s.deps.Shared.Sign(r.Context(), r.PathValue("id"))
	if err != nil {
		http.Error(w, "cannot sign", http.StatusBadGateway)
		return
	}
	_, _ = w.Write([]byte(u))
}
