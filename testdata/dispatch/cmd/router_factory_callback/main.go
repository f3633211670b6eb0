// main hands its controller to another package's router factory; the
// handler it returns calls the controller's methods back through an
// interface, on every invocation: they are this package's region.
package main

import (
	"context"
	"encoding/json"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/cases/dispatch/internal/verbrouter"
)

type device struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type controller struct{ db *dynamodb.Client }

func (c *controller) Get(ctx context.Context, id string) (events.APIGatewayProxyResponse, error) {
	valid := regexp.MustCompile(`^[a-z0-9-]+$`) // EXPECT: called back by the router another package returns, on every request
	if !valid.MatchString(id) {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

func (c *controller) Create(ctx context.Context, body []byte) (events.APIGatewayProxyResponse, error) {
	d := &device{}
	if err := json.Unmarshal(body, d); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	// Not the same on every request: json.Unmarshal wrote the body into d.
	_, err := c.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String("devices"),
		Item:      map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: d.ID}},
	})
	return events.APIGatewayProxyResponse{StatusCode: 201}, err
}

func main() {
	c := &controller{db: dynamodb.New(dynamodb.Options{Region: "eu-west-1"})}
	lambda.Start(verbrouter.Router(c))
}
