package api

import (
	"io"
	"net/http"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/gorilla/mux"
)

var sigFormat = regexp.MustCompile(`^sha256=[0-9a-f]{64}$`)

type Deps struct {
	Queue    *sqs.Client
	QueueURL string
}

// NewRouter is called once from main.
func NewRouter(d Deps) *mux.Router {
	r := mux.NewRouter()
	r.Use(jsonOnly)
	hooks := r.PathPrefix("/webhooks").Subrouter()
	hooks.HandleFunc("/github", githubWebhook(d)).Methods(http.MethodPost)
	return r
}

func jsonOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Content-Type") != "application/json" {
			http.Error(w, "json only", http.StatusUnsupportedMediaType)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func githubWebhook(d Deps) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !sigFormat.MatchString(r.Header.Get("X-Hub-Signature-256")) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		body, _ := io.ReadAll(r.Body)
		_, err := d.Queue.SendMessage(r.Context(), &sqs.SendMessageInput{
			QueueUrl:    aws.String(d.QueueURL),
			MessageBody: aws.String(string(body)),
		})
		if err != nil {
			http.Error(w, "enqueue failed", http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}
}
