package quotes

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/dispatch/internal/cache_env_switch/cache"
)

type Handler struct {
	Cache cache.Cache
}

func (h *Handler) Quote(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	sym := req.PathParameters["symbol"]
	if v, ok, err := h.Cache.Get(ctx, sym); err == nil && ok {
		return events.APIGatewayProxyResponse{StatusCode: 200, Body: v}, nil
	}
	price := fmt.Sprintf(`{"symbol":%q,"price":%d}`, sym, len(sym)*100)
	_ = h.Cache.Set(ctx, sym, price)
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: price}, nil
}
