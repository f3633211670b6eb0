// Package api owns the router; routes are registered in init.
package api

import (
	"context"
	"encoding/json"
	"net/http"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/gorilla/mux"
)

var (
	Router = mux.NewRouter()
	awsCfg aws.Config
)

func init() {
	var err error
	awsCfg, err = config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	api := Router.PathPrefix("/api").Subrouter()
	api.HandleFunc("/signups", createSignup).Methods(http.MethodPost)
}

func createSignup(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Email string `json:"email"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Email == "" {
		http.Error(w, "email required", http.StatusBadRequest)
		return
	}
	q := sqs.NewFromConfig(awsCfg) // EXPECT: sqs.NewFromConfig per request (gorilla subrouter route registered in api.init, served by gorillamux adapter)
	_, err := q.SendMessage(r.Context(), &sqs.SendMessageInput{
		QueueUrl:    aws.String(os.Getenv("SIGNUP_QUEUE_URL")),
		MessageBody: aws.String(in.Email),
	})
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
