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
	"slices"
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

// WriteMonorepo writes a ports-and-adapters monorepo under dir: libs
// library packages in four layers, each importing only the layers below
// it, and mains Lambda functions that wire them:
//
//   - ports/pN: an interface (Store), what a service needs from storage;
//   - adapters/dynamoN: the DynamoDB implementation of port N mod ports.
//     The adapters of even blocks (N/ports even) load the SDK config and
//     build a DynamoDB client inside Put, on every call (the Init work a
//     handler reaches through the port); the others build the client once,
//     in their constructor, and hold it;
//   - services/svcN: a service that holds port N mod ports and calls it
//     from Handle, an SQS or API Gateway handler by its shape;
//   - registry/regN: wiring that builds the adapters N mod registries is
//     and returns each as its port;
//   - cmd/fnN: main wires a service with an adapter, through its registry
//     or directly, and starts either the service's Handle (a method value)
//     or a handler of its own that calls it. Every eight functions cover
//     each of those four shapes with a per-call and a cached adapter.
//
// A function reaches three to about six libraries. The layers take a fifth
// of libs each for ports, services and registries, the rest (two fifths)
// for adapters; libs must be at least 4 and mains at least 1. It does not
// write go.mod. It returns the number of packages written.
func WriteMonorepo(dir, modulePath string, mains, libs int) (int, error) {
	if libs < 4 || mains < 1 {
		return 0, fmt.Errorf("monorepo: need at least 4 libraries and 1 main, not %d and %d", libs, mains)
	}
	m := monorepo{
		module: modulePath,
		ports:  max(1, libs/5), services: max(1, libs/5), registries: max(1, libs/5),
	}
	m.adapters = libs - m.ports - m.services - m.registries
	files := map[string]string{}
	for p := range m.ports {
		files[fmt.Sprintf("ports/p%03d/store.go", p)] = m.port(p)
	}
	for a := range m.adapters {
		files[fmt.Sprintf("adapters/dynamo%03d/dynamo.go", a)] = m.adapter(a)
	}
	for s := range m.services {
		files[fmt.Sprintf("services/svc%03d/service.go", s)] = m.service(s)
	}
	for r := range m.registries {
		files[fmt.Sprintf("registry/reg%03d/registry.go", r)] = m.registry(r)
	}
	for f := range mains {
		files[fmt.Sprintf("cmd/fn%03d/main.go", f)] = m.main(f)
	}
	for name, src := range files {
		if err := writeFile(filepath.Join(dir, name), src); err != nil {
			return 0, err
		}
	}
	return len(files), nil
}

// MonorepoPerCall reports whether function fn of WriteMonorepo's module
// over libs libraries reaches an adapter that builds its client on every
// call: the functions lambdainit should report.
func MonorepoPerCall(fn, libs int) bool {
	m := monorepo{ports: max(1, libs/5), services: max(1, libs/5), registries: max(1, libs/5)}
	m.adapters = libs - m.ports - m.services - m.registries
	_, a := m.wiring(fn)
	return m.perCall(a)
}

// monorepo holds the layer sizes of WriteMonorepo's module.
type monorepo struct {
	module                                string
	ports, adapters, services, registries int
}

// perCall reports whether adapter a builds its client in Put.
func (m monorepo) perCall(a int) bool { return (a/m.ports)%2 == 0 }

// wiring returns the service and the adapter of function f: the service
// f mod services, and an adapter of its port, per call or cached as the
// function's place in its group of eight asks, when the port has one of
// that kind.
func (m monorepo) wiring(f int) (svc, adapter int) {
	svc = f % m.services
	port := svc % m.ports
	impls := (m.adapters - port + m.ports - 1) / m.ports // adapters of the port
	j := (f/2 + f/4) % 2
	if j >= impls {
		j = 0
	}
	return svc, port + j*m.ports
}

const monorepoHeader = "// Code written by lambdainit's benchmark corpus generator.\n\n"

func (m monorepo) port(p int) string {
	return monorepoHeader + fmt.Sprintf(`// Package p%03[1]d is a port: what the services need from storage, not how
// it is stored.
package p%03[1]d

import "context"

// Store keeps items by ID.
type Store interface {
	Put(ctx context.Context, id string) error
}
`, p)
}

func (m monorepo) adapter(a int) string {
	port := a % m.ports
	head := monorepoHeader + fmt.Sprintf(`// Package dynamo%03[1]d stores items in a DynamoDB table.
package dynamo%03[1]d

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"%[2]s/ports/p%03[3]d"
)

var _ p%03[3]d.Store = (*Adapter)(nil)

`, a, m.module, port)
	if m.perCall(a) {
		return head + `// Adapter is the DynamoDB implementation of the port.
type Adapter struct{ table string }

// New returns an adapter for table.
func New(table string) *Adapter { return &Adapter{table: table} }

// Put writes one item. It loads the config and builds its client each time.
func (a *Adapter) Put(ctx context.Context, id string) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg)
	_, err = db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(a.table),
		Item:      map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	return err
}
`
	}
	return head + `// Adapter is the DynamoDB implementation of the port.
type Adapter struct {
	db    *dynamodb.Client
	table string
}

// New loads the config and builds the client, once for the adapter's life.
func New(ctx context.Context, table string) (*Adapter, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	db := dynamodb.NewFromConfig(cfg, func(o *dynamodb.Options) { o.Region = "eu-west-1" })
	return &Adapter{db: db, table: table}, nil
}

// Put writes one item with the adapter's client.
func (a *Adapter) Put(ctx context.Context, id string) error {
	_, err := a.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(a.table),
		Item:      map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	return err
}
`
}

// serviceSQS reports whether service s handles SQS events (otherwise API
// Gateway requests).
func serviceSQS(s int) bool { return s%2 == 0 }

func (m monorepo) service(s int) string {
	head := monorepoHeader + fmt.Sprintf(`// Package svc%03[1]d is the business logic of the functions that use it.
package svc%03[1]d

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"

	"%[2]s/ports/p%03[3]d"
)

// Service records what it receives in its store.
type Service struct{ store p%03[3]d.Store }

// New wires the service to a store.
func New(store p%03[3]d.Store) *Service { return &Service{store: store} }

`, s, m.module, s%m.ports)
	if serviceSQS(s) {
		return head + fmt.Sprintf(`// Handle stores every message of the batch.
func (s *Service) Handle(ctx context.Context, ev events.SQSEvent) error {
	for _, r := range ev.Records {
		if err := s.store.Put(ctx, r.Body); err != nil {
			return fmt.Errorf("svc%03d: %%w", err)
		}
	}
	return nil
}
`, s)
	}
	return head + fmt.Sprintf(`// Handle stores the item the request names.
func (s *Service) Handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	id := req.PathParameters["id"]
	if id == "" {
		return events.APIGatewayProxyResponse{StatusCode: 400, Body: "svc%03d: no id"}, nil
	}
	if err := s.store.Put(ctx, id); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 502}, fmt.Errorf("svc%03d: %%w", err)
	}
	return events.APIGatewayProxyResponse{StatusCode: 201}, nil
}
`, s, s)
}

// registryOf returns the registry that wires adapter a.
func (m monorepo) registryOf(a int) int { return a % m.registries }

func (m monorepo) registry(r int) string {
	var imports []string
	var funcs strings.Builder
	for a := r; a < m.adapters; a += m.registries {
		port := a % m.ports
		imports = append(imports, fmt.Sprintf("\t\"%s/adapters/dynamo%03d\"", m.module, a))
		if p := fmt.Sprintf("\t\"%s/ports/p%03d\"", m.module, port); !slices.Contains(imports, p) {
			imports = append(imports, p)
		}
		fmt.Fprintf(&funcs, "\n// Dynamo%03[1]d returns the table store of dynamo%03[1]d as the port it implements.\n", a)
		if m.perCall(a) {
			fmt.Fprintf(&funcs, `func Dynamo%03[1]d(ctx context.Context) (p%03[2]d.Store, error) {
	return dynamo%03[1]d.New(os.Getenv("TABLE_NAME")), nil
}
`, a, port)
		} else {
			fmt.Fprintf(&funcs, `func Dynamo%03[1]d(ctx context.Context) (p%03[2]d.Store, error) {
	a, err := dynamo%03[1]d.New(ctx, os.Getenv("TABLE_NAME"))
	if err != nil {
		return nil, err
	}
	return a, nil
}
`, a, port)
		}
	}
	slices.Sort(imports)
	return monorepoHeader + fmt.Sprintf(`// Package reg%03d wires the adapters of the functions that use it.
package reg%03d

import (
	"context"
	"os"

%s
)
`, r, r, strings.Join(imports, "\n")) + funcs.String()
}

func (m monorepo) main(f int) string {
	s, a := m.wiring(f)
	viaRegistry, ownHandler := f%2 == 0, f%4 >= 2
	imports := []string{
		fmt.Sprintf("\t\"%s/services/svc%03d\"", m.module, s),
	}
	var wire string
	switch {
	case viaRegistry:
		imports = append(imports, fmt.Sprintf("\t\"%s/registry/reg%03d\"", m.module, m.registryOf(a)))
		wire = fmt.Sprintf(`	store, err := reg%03d.Dynamo%03d(context.Background())
	if err != nil {
		log.Fatal(err)
	}
`, m.registryOf(a), a)
	case m.perCall(a):
		imports = append(imports, fmt.Sprintf("\t\"%s/adapters/dynamo%03d\"", m.module, a))
		wire = fmt.Sprintf("\tstore := dynamo%03d.New(os.Getenv(\"TABLE_NAME\"))\n", a)
	default:
		imports = append(imports, fmt.Sprintf("\t\"%s/adapters/dynamo%03d\"", m.module, a))
		wire = fmt.Sprintf(`	store, err := dynamo%03d.New(context.Background(), os.Getenv("TABLE_NAME"))
	if err != nil {
		log.Fatal(err)
	}
`, a)
	}
	slices.Sort(imports)
	// The standard packages the wiring and the handler use.
	checked := viaRegistry || !m.perCall(a) // the wiring returns an error
	var std []string
	if checked || ownHandler {
		std = append(std, "\t\"context\"", "\t\"log\"")
	}
	if !viaRegistry {
		std = append(std, "\t\"os\"")
	}
	aws := []string{"\t\"github.com/aws/aws-lambda-go/lambda\""}
	if ownHandler {
		aws = append([]string{"\t\"github.com/aws/aws-lambda-go/events\""}, aws...)
	}
	var b strings.Builder
	b.WriteString(monorepoHeader)
	fmt.Fprintf(&b, "// Command fn%03d is a Lambda function of the monorepo.\npackage main\n\nimport (\n%s\n\n%s\n\n%s\n)\n\n",
		f, strings.Join(std, "\n"), strings.Join(aws, "\n"), strings.Join(imports, "\n"))
	if !ownHandler {
		fmt.Fprintf(&b, "func main() {\n%s\tsvc := svc%03d.New(store)\n\tlambda.Start(svc.Handle)\n}\n", wire, s)
		return b.String()
	}
	fmt.Fprintf(&b, "var svc *svc%03d.Service\n\n", s)
	if serviceSQS(s) {
		fmt.Fprintf(&b, `func handler(ctx context.Context, ev events.SQSEvent) error {
	log.Printf("fn%03d: %%d messages", len(ev.Records))
	return svc.Handle(ctx, ev)
}
`, f)
	} else {
		fmt.Fprintf(&b, `func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	log.Printf("fn%03d: %%s", req.Path)
	return svc.Handle(ctx, req)
}
`, f)
	}
	fmt.Fprintf(&b, "\nfunc main() {\n%s\tsvc = svc%03d.New(store)\n\tlambda.Start(handler)\n}\n", wire, s)
	return b.String()
}
