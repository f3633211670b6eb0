package httpapi

import (
	"context"
	"net/http"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/gin-gonic/gin"
)

type Handlers struct {
	DB    *dynamodb.Client
	Table string
}

// NewHandlers is called once, from main's init.
func NewHandlers(ctx context.Context) (*Handlers, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &Handlers{DB: dynamodb.NewFromConfig(cfg), Table: os.Getenv("TODOS_TABLE")}, nil
}

func (h *Handlers) GetTodo(c *gin.Context) {
	out, err := h.DB.GetItem(c, &dynamodb.GetItemInput{
		TableName: aws.String(h.Table),
		Key:       map[string]types.AttributeValue{"slug": &types.AttributeValueMemberS{Value: c.Param("slug")}},
	})
	if err != nil || out.Item == nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{"slug": c.Param("slug")})
}

func (h *Handlers) ListTodos(c *gin.Context) {
	out, err := h.DB.Scan(c, &dynamodb.ScanInput{TableName: aws.String(h.Table), Limit: aws.Int32(50)}) // EXPECT: the table init gave the handlers and a constant limit: the same input on every request
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	c.JSON(http.StatusOK, gin.H{"count": out.Count})
}
