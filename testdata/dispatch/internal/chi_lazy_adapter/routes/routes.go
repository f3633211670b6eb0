package routes

import (
	"context"
	"encoding/json"
	"net/http"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/go-chi/chi/v5"
)

var db = dynamodb.NewFromConfig(mustConfig())

func mustConfig() aws.Config {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	return cfg
}

func Mount(r chi.Router) {
	r.Get("/cats/{id}", getCat)
}

func getCat(w http.ResponseWriter, r *http.Request) {
	out, err := db.GetItem(r.Context(), &dynamodb.GetItemInput{
		TableName: aws.String(os.Getenv("CATS_TABLE")),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: chi.URLParam(r, "id")}},
	})
	if err != nil || out.Item == nil {
		http.NotFound(w, r)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"id": chi.URLParam(r, "id")})
}
