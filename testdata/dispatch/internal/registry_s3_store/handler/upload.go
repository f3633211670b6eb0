package handler

import (
	"context"
	"encoding/base64"
	"fmt"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/dispatch/internal/registry_s3_store/ports"
)

type Uploader struct {
	Store ports.BlobStore
}

func (u Uploader) Handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	body := []byte(req.Body)
	if req.IsBase64Encoded {
		b, err := base64.StdEncoding.DecodeString(req.Body)
		if err != nil {
			return events.APIGatewayV2HTTPResponse{StatusCode: 400}, nil
		}
		body = b
	}
	key := fmt.Sprintf("uploads/%s/%d", req.RequestContext.RequestID, time.Now().Unix())
	if err := u.Store.Put(ctx, key, body); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 502}, err
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 201, Body: key}, nil
}
