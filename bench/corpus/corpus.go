// Package corpus writes realistic Lambda packages for benchmarks: handlers
// that build their clients per invocation, handlers that already do it
// right (init, factories, sync.OnceValue), helpers the handlers call, and
// packages that import no Lambda entry point at all. The sources use only
// APIs that the real AWS modules and lambdainit's test stubs share, so the
// same corpus runs against either.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Options sizes a corpus.
type Options struct {
	Packages    int // Lambda function packages (each a main package)
	Handlers    int // handlers per function package
	PlainEvery  int // every PlainEvery-th package imports no entry point (0: none)
	ModulePath  string
	ModuleLines string // extra go.mod lines (require blocks); empty writes no go.mod
}

// Write writes the corpus under dir: dir/fnN/main.go, and go.mod when
// o.ModuleLines is set. It returns the number of handlers written.
func Write(dir string, o Options) (int, error) {
	if o.ModulePath == "" {
		o.ModulePath = "example.com/corpus"
	}
	handlers := 0
	for p := 0; p < o.Packages; p++ {
		name := fmt.Sprintf("fn%03d", p)
		var src string
		if o.PlainEvery > 0 && p%o.PlainEvery == o.PlainEvery-1 {
			src = plainPackage(name)
		} else {
			src = Package(o.Handlers, p)
			handlers += o.Handlers
		}
		if err := writeFile(filepath.Join(dir, name, "main.go"), src); err != nil {
			return 0, err
		}
	}
	if o.ModuleLines != "" {
		mod := "module " + o.ModulePath + "\n\ngo 1.26\n\n" + o.ModuleLines
		if err := writeFile(filepath.Join(dir, "go.mod"), mod); err != nil {
			return 0, err
		}
	}
	return handlers, nil
}

func writeFile(path, content string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(content), 0o644)
}

// Package returns the source of a main package with n handlers, selected
// at run time by the HANDLER environment variable. Handler shapes rotate:
// the classic per-invocation scan, init-built clients, a factory, a helper
// chain, sync.OnceValue, and a handler that reads its event.
func Package(n, seed int) string {
	var b strings.Builder
	b.WriteString(`// Code written by lambdainit's benchmark corpus generator; not generated-marked on purpose.

package main

import (
	"context"
	"fmt"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	sharedDB  *dynamodb.Client
	sharedSQS = sqs.New(sqs.Options{Region: "eu-west-1"})
	lazyS3    = sync.OnceValue(func() *s3.Client { return s3.New(s3.Options{Region: "eu-west-1"}) })
)

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	sharedDB = dynamodb.NewFromConfig(cfg)
}

`)
	for h := 0; h < n; h++ {
		fmt.Fprintf(&b, handlerShapes[(h+seed)%len(handlerShapes)], h)
	}
	b.WriteString("func main() {\n\tswitch os.Getenv(\"HANDLER\") {\n")
	for h := 0; h < n; h++ {
		shape := (h + seed) % len(handlerShapes)
		if shape == 2 {
			fmt.Fprintf(&b, "\tcase \"h%d\":\n\t\tlambda.Start(newHandler%d(\"t%d\"))\n", h, h, h)
		} else {
			fmt.Fprintf(&b, "\tcase \"h%d\":\n\t\tlambda.Start(handler%d)\n", h, h)
		}
	}
	b.WriteString("\t}\n\t_ = fmt.Sprint\n}\n")
	return b.String()
}

var handlerShapes = []string{
	// The classic: config, client and params in the handler.
	`func handler%[1]d(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, fmt.Errorf("unable to load SDK config: %%w", err)
	}
	svc := dynamodb.NewFromConfig(cfg)
	params := &dynamodb.ScanInput{
		TableName: aws.String(os.Getenv("TABLE_NAME")),
	}
	out, err := svc.Scan(ctx, params)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: fmt.Sprint(out.Count)}, nil
}

`,
	// Right already: the client built in init.
	`func handler%[1]d(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	out, err := sharedDB.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(req.Path)})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 502}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: fmt.Sprint(len(out.Item))}, nil
}

`,
	// Right already: a factory builds once, the closure runs per invocation.
	`func newHandler%[1]d(table string) func(context.Context, events.SQSEvent) error {
	client := s3.New(s3.Options{Region: "eu-west-1"})
	return func(ctx context.Context, ev events.SQSEvent) error {
		for _, r := range ev.Records {
			if _, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(table), Key: aws.String(r.Body)}); err != nil {
				return err
			}
		}
		return nil
	}
}

`,
	// A helper chain builds the client per invocation.
	`func queue%[1]d(ctx context.Context) *sqs.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	return sqs.NewFromConfig(cfg)
}

func handler%[1]d(ctx context.Context, ev events.SQSEvent) error {
	q := queue%[1]d(ctx)
	for _, r := range ev.Records {
		if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("q"), MessageBody: aws.String(r.Body)}); err != nil {
			return err
		}
	}
	return nil
}

`,
	// Right already: lazy, once.
	`func handler%[1]d(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	_, err := lazyS3().GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String(req.Path)})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 404}, nil
	}
	_, err = sharedSQS.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("q"), MessageBody: aws.String(req.Body)})
	return events.APIGatewayProxyResponse{StatusCode: 200}, err
}

`,
}

// plainPackage is a package that imports no Lambda entry point.
func plainPackage(name string) string {
	return `// Package main is a plain program of the corpus: no Lambda handler.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func list(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg)
	return nil
}

func main() { fmt.Println("` + name + `", list(context.Background())) }
`
}

// WriteLayered writes apps layered Lambda applications under dir, five
// packages each, the layout real apps use: appN/cmd (main, registers the
// handler), appN/api (the handler), appN/service, appN/repository (builds
// the SDK config and a DynamoDB client on every call) and appN/model. Half
// the apps build per call, half cache the repository behind
// sync.OnceValues, so both paths of the facts are exercised. It returns
// the number of packages written.
func WriteLayered(dir, modulePath string, apps int) (int, error) {
	n := 0
	for a := 0; a < apps; a++ {
		app := fmt.Sprintf("app%02d", a)
		base := modulePath + "/" + app
		newRepo := "repository.New(ctx)"
		if a%2 == 1 {
			newRepo = "repository.Shared()"
		}
		files := map[string]string{
			"model/model.go": `package model

// Item is one stored item.
type Item struct {
	ID    string
	Name  string
	Count int
}
`,
			"repository/repository.go": `package repository

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"` + base + `/model"
)

// Repo reads items.
type Repo struct {
	db    *dynamodb.Client
	table string
}

// New loads the config and builds a client on every call.
func New(ctx context.Context) (*Repo, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &Repo{db: dynamodb.NewFromConfig(cfg), table: os.Getenv("TABLE")}, nil
}

// Shared is the cached form.
var Shared = sync.OnceValues(func() (*Repo, error) { return New(context.Background()) })

// Get reads one item.
func (r *Repo) Get(ctx context.Context, id string) (model.Item, error) {
	out, err := r.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(r.table),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	if err != nil {
		return model.Item{}, err
	}
	return model.Item{ID: id, Count: len(out.Item)}, nil
}
`,
			"service/service.go": `package service

import (
	"context"

	"` + base + `/model"
	"` + base + `/repository"
)

// Service is the business layer.
type Service struct{ repo *repository.Repo }

// New wires the service.
func New(ctx context.Context) (*Service, error) {
	repo, err := ` + newRepo + `
	if err != nil {
		return nil, err
	}
	return &Service{repo: repo}, nil
}

// Item returns one item.
func (s *Service) Item(ctx context.Context, id string) (model.Item, error) { return s.repo.Get(ctx, id) }
`,
			"api/api.go": `package api

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"

	"` + base + `/service"
)

// Handle answers API Gateway.
func Handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	svc, err := service.New(ctx)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	item, err := svc.Item(ctx, req.PathParameters["id"])
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 502}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: fmt.Sprint(item.Count)}, nil
}
`,
			"cmd/main.go": `package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"` + base + `/api"
)

func main() { lambda.Start(api.Handle) }
`,
		}
		for name, src := range files {
			if err := writeFile(filepath.Join(dir, app, name), src); err != nil {
				return 0, err
			}
			n++
		}
	}
	return n, nil
}

// FindingsPackage returns a main package whose one handler has n blocks of
// per-invocation work: each block loads the config, checks the error,
// builds a client and a constant input, so one function carries 3n
// findings and one fix moves them all.
func FindingsPackage(n int) string {
	var b strings.Builder
	b.WriteString(`// Code written by lambdainit's benchmark corpus generator.

package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func handler(ctx context.Context) (int, error) {
	total := 0
`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `	cfg%[1]d, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return 0, fmt.Errorf("config %[1]d: %%w", err)
	}
	db%[1]d := dynamodb.NewFromConfig(cfg%[1]d)
	out%[1]d, err := db%[1]d.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String("t%[1]d")})
	if err != nil {
		return 0, err
	}
	total += int(out%[1]d.Count)
`, i)
	}
	b.WriteString("\treturn total, nil\n}\n\nfunc main() { lambda.Start(handler) }\n")
	return b.String()
}

// ChainPackage returns a main package whose handler reaches its Init work
// through a chain of depth same-package helper calls.
func ChainPackage(depth int) string {
	var b strings.Builder
	b.WriteString(`// Code written by lambdainit's benchmark corpus generator.

package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func handler(ctx context.Context) error { return step0(ctx) }

`)
	for i := 0; i < depth-1; i++ {
		fmt.Fprintf(&b, "func step%d(ctx context.Context) error { return step%d(ctx) }\n\n", i, i+1)
	}
	fmt.Fprintf(&b, `func step%d(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	_ = sqs.NewFromConfig(cfg)
	return nil
}

func main() { lambda.Start(handler) }
`, max(depth-1, 0))
	return b.String()
}

// WriteOne writes one package's source as the module's only package.
func WriteOne(dir, modulePath, moduleLines, src string) error {
	if err := writeFile(filepath.Join(dir, "fn", "main.go"), src); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, "go.mod"), "module "+modulePath+"\n\ngo 1.26\n\n"+moduleLines)
}
