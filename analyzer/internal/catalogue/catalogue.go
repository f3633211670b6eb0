package catalogue

import (
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"github.com/lambdainit/lambdainit/analyzer/internal/config"
)

// This file is the catalogue: which calls register a Lambda handler, and
// which calls build something expensive. Everything here is data, matched
// against types.Objects, never against the spelling at the call site.

// Import paths of the entry points and the SDKs.
const (
	// EventsPkg holds aws-lambda-go's event types, whose handlers are
	// found by shape.
	EventsPkg = "github.com/aws/aws-lambda-go/events"
	// LambdaContextPkg holds the invocation's context (its request ID).
	LambdaContextPkg = "github.com/aws/aws-lambda-go/lambdacontext"
	// LambdaPkg holds lambda.Start and the lambda.Handler interface.
	LambdaPkg    = "github.com/aws/aws-lambda-go/lambda"
	lambdaPkg    = LambdaPkg
	lambdaURLPkg = "github.com/aws/aws-lambda-go/lambdaurl"
	// AlgnhsaPkg is algnhsa, whose ListenAndServe serves an http.Handler.
	AlgnhsaPkg = "github.com/akrylysov/algnhsa"
	v2Prefix   = "github.com/aws/aws-sdk-go-v2/"
	v1Prefix   = "github.com/aws/aws-sdk-go/"
	v2Service  = v2Prefix + "service/"
	v1Service  = v1Prefix + "service/"
	v1Session  = v1Prefix + "aws/session"
	apiProxy   = "github.com/awslabs/aws-lambda-go-api-proxy/"
)

// EntryPoint is a function that registers (or builds) a Lambda handler.
type EntryPoint struct {
	Pkg, Name string
	Arg       int // index of the handler argument
}

// EntryPoints are the functions that register or build a handler.
var EntryPoints = []EntryPoint{
	{lambdaPkg, "Start", 0},
	{lambdaPkg, "StartWithOptions", 0},
	{lambdaPkg, "StartWithContext", 1},
	{lambdaPkg, "StartHandler", 0},
	{lambdaPkg, "StartHandlerWithContext", 1},
	{lambdaPkg, "StartHandlerFunc", 0},
	{lambdaPkg, "NewHandler", 0},
	{lambdaPkg, "NewHandlerWithOptions", 0},
	{lambdaURLPkg, "Start", 0},
	{lambdaURLPkg, "Wrap", 0},
	{AlgnhsaPkg, "ListenAndServe", 0},
}

// RouterTypes are HTTP routers whose routes run per invocation when the
// router is the handler (lambdaurl, algnhsa, aws-lambda-go-api-proxy), and
// routeMethods the methods that register a route's handler.
var RouterTypes = map[string][]string{
	"net/http":                    {"ServeMux"},
	"github.com/go-chi/chi/v5":    {"Mux", "Router"},
	"github.com/gin-gonic/gin":    {"Engine", "RouterGroup", "IRouter", "IRoutes"},
	"github.com/labstack/echo/v4": {"Echo", "Group"},
	"github.com/gorilla/mux":      {"Router"},
	"github.com/gofiber/fiber/v2": {"App", "Router", "Group"},
}

// RouteMethods register a route's handler on a router, or on what a router
// method returns (gorilla's r.PathPrefix("/static").Handler(h)).
var RouteMethods = []string{
	"Handle", "HandleFunc", "Handler", "HandlerFunc", "Get", "Post", "Put", "Patch", "Delete", "Head", "Options",
	"Method", "MethodFunc", "Mount", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "Any",
	"Add", "All", "Use", "NotFound", "MethodNotAllowed", "NoRoute", "NoMethod",
}

// ctorRule describes a family of expensive constructors.
type ctorRule struct {
	kind   config.Kind
	pkg    string // exact import path, or a prefix when prefix is set
	prefix bool
	names  []string
	// result, when set, is the name of the type the function must return
	// a pointer to, declared in the function's own package; "*" means any
	// named type of that package.
	result string
	// what is rebuilt, with %s standing for the service name.
	what string
	// failure is what log.Fatalf says when a moved call fails in Init.
	failure string
}

var ctorRules = []ctorRule{
	{kind: config.KindConfig, pkg: v2Prefix + "config", names: []string{"LoadDefaultConfig"},
		what: "loads the shared config files and resolves credentials", failure: "unable to load SDK config"},
	{kind: config.KindConfig, pkg: v1Session, names: []string{"New", "NewSession", "NewSessionWithOptions"},
		what: "builds a new session, loading the shared config files and resolving credentials", failure: "unable to create AWS session"},
	{kind: config.KindClient, pkg: v2Service, prefix: true, names: []string{"New", "NewFromConfig"}, result: "Client",
		what: "builds a new %s client and connection pool"},
	{kind: config.KindClient, pkg: v2Service, prefix: true, names: []string{"NewPresignClient"}, result: "PresignClient",
		what: "builds a new %s presign client"},
	{kind: config.KindClient, pkg: v2Prefix + "feature/s3/manager", names: []string{"NewUploader", "NewDownloader"},
		what: "builds a new S3 transfer manager and its buffers"},
	{kind: config.KindClient, pkg: v2Prefix + "feature/s3/transfermanager", names: []string{"New"},
		what: "builds a new S3 transfer manager and its buffers"},
	{kind: config.KindClient, pkg: v2Prefix + "credentials/stscreds", names: []string{"NewAssumeRoleProvider", "NewWebIdentityRoleProvider"},
		what: "builds a credentials provider with an empty cache, so the role is assumed again"},
	{kind: config.KindClient, pkg: v2Prefix + "aws", names: []string{"NewCredentialsCache"},
		what: "builds an empty credentials cache, so the credentials are resolved again"},
	{kind: config.KindClient, pkg: v1Service, prefix: true, names: []string{"New"}, result: "*",
		what: "builds a new %s client"},
	{kind: config.KindClient, pkg: v1Service + "s3/s3manager", names: []string{"NewUploader", "NewDownloader", "NewUploaderWithClient", "NewDownloaderWithClient"},
		what: "builds a new S3 transfer manager and its buffers"},
	{kind: config.KindClient, pkg: v1Prefix + "aws/credentials/stscreds", names: []string{"NewCredentials"},
		what: "builds a credentials provider with an empty cache, so the role is assumed again"},
}

// resourceRules are expensive resources beyond the AWS SDK. Names are
// functions, or Type.Method for methods. Each says what it rebuilds.
var resourceRules = []ctorRule{
	{pkg: "database/sql", names: []string{"Open"}, what: "opens a new database connection pool", failure: "unable to open database"},
	{pkg: "database/sql", names: []string{"OpenDB"}, what: "opens a new database connection pool"},
	{pkg: "github.com/jmoiron/sqlx", names: []string{"Open", "Connect", "MustOpen", "MustConnect"}, what: "opens a new database connection pool", failure: "unable to open database"},
	{pkg: "gorm.io/gorm", names: []string{"Open"}, what: "opens a new database connection pool", failure: "unable to open database"},
	{pkg: "github.com/jackc/pgx/v5", names: []string{"Connect", "ConnectConfig"}, what: "opens a new database connection", failure: "unable to connect to database"},
	{pkg: "github.com/jackc/pgx/v5/pgxpool", names: []string{"New", "NewWithConfig"}, what: "opens a new database connection pool", failure: "unable to create connection pool"},
	{pkg: "github.com/redis/go-redis/v9", names: []string{"NewClient", "NewClusterClient", "NewUniversalClient", "NewFailoverClient"}, what: "builds a new Redis client and connection pool"},
	{pkg: "go.mongodb.org/mongo-driver/mongo", names: []string{"Connect", "NewClient"}, what: "builds a new MongoDB client and connection pool", failure: "unable to connect to MongoDB"},
	{pkg: "go.mongodb.org/mongo-driver/v2/mongo", names: []string{"Connect"}, what: "builds a new MongoDB client and connection pool", failure: "unable to connect to MongoDB"},
	{pkg: "google.golang.org/grpc", names: []string{"NewClient", "Dial", "DialContext"}, what: "builds a new gRPC connection", failure: "unable to create gRPC connection"},
	{pkg: "regexp", names: []string{"MustCompile", "Compile", "MustCompilePOSIX", "CompilePOSIX"}, what: "compiles the same regular expression again"},
	{pkg: "text/template", names: []string{"Template.Parse", "ParseFiles", "ParseGlob", "ParseFS", "Template.ParseFiles", "Template.ParseFS"}, what: "parses the same template again"},
	{pkg: "html/template", names: []string{"Template.Parse", "ParseFiles", "ParseGlob", "ParseFS", "Template.ParseFiles", "Template.ParseFS"}, what: "parses the same template again"},
	{pkg: "net/http", names: []string{"Transport.Clone"}, what: "builds a new HTTP transport and connection pool"},
	{pkg: "go.uber.org/zap", names: []string{"NewProduction", "NewDevelopment", "New", "Config.Build"}, what: "builds a new logger and its sinks", failure: "unable to build logger"},
	{pkg: "go.opentelemetry.io/otel/sdk/trace", names: []string{"NewTracerProvider"}, what: "builds a new tracer provider and its exporters"},
	{pkg: "github.com/aws/aws-secretsmanager-caching-go/secretcache", names: []string{"New"}, what: "builds a secret cache that starts empty, so the secret is fetched again"},
	{pkg: "github.com/go-resty/resty/v2", names: []string{"New", "NewWithClient"}, what: "builds a new HTTP client and connection pool"},
	{pkg: "resty.dev/v3", names: []string{"New", "NewWithClient"}, what: "builds a new HTTP client and connection pool"},
	// Routers and the API-proxy adapters that serve them: built in the
	// handler, every route is registered again on every invocation.
	{pkg: "github.com/gin-gonic/gin", names: []string{"New", "Default"}, what: "builds a new router and registers its routes again"},
	{pkg: "github.com/go-chi/chi/v5", names: []string{"NewRouter", "NewMux"}, what: "builds a new router and registers its routes again"},
	{pkg: "github.com/go-chi/chi", names: []string{"NewRouter", "NewMux"}, what: "builds a new router and registers its routes again"},
	{pkg: "github.com/gorilla/mux", names: []string{"NewRouter"}, what: "builds a new router and registers its routes again"},
	{pkg: "github.com/labstack/echo/v4", names: []string{"New"}, what: "builds a new router and registers its routes again"},
	{pkg: "github.com/gofiber/fiber/v2", names: []string{"New"}, what: "builds a new router and registers its routes again"},
	{pkg: "net/http", names: []string{"NewServeMux"}, what: "builds a new router and registers its routes again"},
	{pkg: apiProxy + "gin", names: []string{"New", "NewV2", "NewALB"}, what: "builds a new API-proxy adapter around the router"},
	{pkg: apiProxy + "chi", names: []string{"New", "NewV2"}, what: "builds a new API-proxy adapter around the router"},
	{pkg: apiProxy + "echo", names: []string{"New", "NewV2", "NewALB"}, what: "builds a new API-proxy adapter around the router"},
	{pkg: apiProxy + "fiber", names: []string{"New"}, what: "builds a new API-proxy adapter around the router"},
	{pkg: apiProxy + "gorillamux", names: []string{"New", "NewV2", "NewALB"}, what: "builds a new API-proxy adapter around the router"},
	{pkg: apiProxy + "httpadapter", names: []string{"New", "NewV2", "NewALB"}, what: "builds a new API-proxy adapter around the router"},
	{pkg: apiProxy + "handlerfunc", names: []string{"New", "NewV2", "NewALB"}, what: "builds a new API-proxy adapter around the router"},
}

// fetchRules are operations that fetch the same secret or parameter again
// when their input does not change. They are methods of the SDK clients.
var fetchRules = []ctorRule{
	{pkg: "secretsmanager", names: []string{"GetSecretValue", "GetSecretValueWithContext", "BatchGetSecretValue"}, what: "fetches the same secret"},
	{pkg: "ssm", names: []string{"GetParameter", "GetParameters", "GetParametersByPath", "GetParameterWithContext", "GetParametersWithContext"}, what: "fetches the same parameters"},
}

// shareableTypes are the types known to be safe for concurrent use, which
// a fix may hoist so that concurrent invocations share one value (beyond
// the SDK's own types). Anything else is not hoisted: pgx.Conn, for one,
// is not safe for concurrent use.
var shareableTypes = map[string][]string{
	"database/sql":                         {"DB"},
	"net/http":                             {"Client", "Transport"},
	"regexp":                               {"Regexp"},
	"text/template":                        {"Template"},
	"html/template":                        {"Template"},
	"github.com/jmoiron/sqlx":              {"DB"},
	"gorm.io/gorm":                         {"DB"},
	"github.com/jackc/pgx/v5/pgxpool":      {"Pool"},
	"github.com/redis/go-redis/v9":         {"Client", "ClusterClient", "UniversalClient"},
	"go.mongodb.org/mongo-driver/mongo":    {"Client"},
	"go.mongodb.org/mongo-driver/v2/mongo": {"Client"},
	"google.golang.org/grpc":               {"ClientConn"},
	"go.uber.org/zap":                      {"Logger"},
	"go.opentelemetry.io/otel/sdk/trace":   {"TracerProvider"},
	"github.com/aws/aws-secretsmanager-caching-go/secretcache": {"Cache"},
	"github.com/go-resty/resty/v2":                             {"Client"},
	"resty.dev/v3":                                             {"Client"},
}

// ClassifyResource matches fn against the resource and fetch catalogues.
func ClassifyResource(fn *types.Func) *Ctor {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	name := fn.Name()
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil {
		if named := receiverNamed(sig.Recv().Type()); named != nil {
			name = named.Obj().Name() + "." + fn.Name()
		}
	}
	path := fn.Pkg().Path()
	for _, r := range resourceRules {
		if r.pkg == path && slices.Contains(r.names, name) {
			return &Ctor{Kind: config.KindResource, What: r.what, Failure: r.failure}
		}
	}
	if sig.Recv() != nil && IsServicePackage(path) {
		for _, r := range fetchRules {
			if strings.HasSuffix(path, "/service/"+r.pkg) && slices.Contains(r.names, fn.Name()) {
				return &Ctor{Kind: config.KindFetch, What: r.what}
			}
		}
	}
	return nil
}

// Ctor is a matched constructor.
type Ctor struct {
	Kind    config.Kind
	What    string // with the service name filled in
	Failure string
	Opaque  bool // a function of another package: its inside is not seen
}

// ClassifyReturns matches a function of another package of the user's
// (not the SDK, not the standard library) that returns an SDK service
// client or an SDK config: called per invocation, it may build one each
// time. lambdainit uses no analysis facts, so it cannot look inside.
func ClassifyReturns(fn *types.Func, self *types.Package) *Ctor {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == self || IsSDKPackage(fn.Pkg().Path()) || code.IsStdPath(fn.Pkg().Path()) {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Results().Len() == 0 {
		return nil
	}
	t := sig.Results().At(0).Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	switch path := named.Obj().Pkg().Path(); {
	case IsServicePackage(path) && (named.Obj().Name() == "Client" || strings.EqualFold(named.Obj().Name(), named.Obj().Pkg().Name())):
		return &Ctor{Kind: config.KindClient, What: "returns a " + serviceName(named.Obj().Pkg()) + " client", Opaque: true}
	case IsSDKConfigType(named) || path == v1Session && named.Obj().Name() == "Session":
		return &Ctor{Kind: config.KindConfig, What: "returns an SDK config", Opaque: true}
	}
	return nil
}

// Classify returns the constructor rule fn matches, or nil.
func Classify(fn *types.Func) *Ctor {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() != nil {
		return nil
	}
	path := fn.Pkg().Path()
	if !strings.HasPrefix(path, v2Prefix) && !strings.HasPrefix(path, v1Prefix) {
		return nil
	}
	for i := range ctorRules {
		r := &ctorRules[i]
		if r.prefix && !strings.HasPrefix(path, r.pkg) || !r.prefix && path != r.pkg {
			continue
		}
		if !slices.Contains(r.names, fn.Name()) || !resultMatches(sig, fn.Pkg(), r.result) {
			continue
		}
		what := strings.Replace(r.what, "%s", serviceName(fn.Pkg()), 1)
		return &Ctor{Kind: r.kind, What: what, Failure: r.failure}
	}
	return nil
}

func resultMatches(sig *types.Signature, pkg *types.Package, want string) bool {
	if want == "" {
		return true
	}
	if sig.Results().Len() != 1 {
		return false
	}
	ptr, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() != pkg {
		return false
	}
	return want == "*" || named.Obj().Name() == want
}

// serviceName is the SDK's own name for a service package (its ServiceID
// constant, "DynamoDB"), or the package name.
func serviceName(pkg *types.Package) string {
	if c, ok := pkg.Scope().Lookup("ServiceID").(*types.Const); ok && c.Val().Kind() == constant.String {
		return constant.StringVal(c.Val())
	}
	return pkg.Name()
}

// IsSDKPackage reports whether path is part of aws-sdk-go or aws-sdk-go-v2.
func IsSDKPackage(path string) bool {
	return strings.HasPrefix(path, v2Prefix) || strings.HasPrefix(path, v1Prefix) ||
		path == strings.TrimSuffix(v2Prefix, "/") || path == strings.TrimSuffix(v1Prefix, "/")
}

// IsServicePackage reports whether path is an SDK service package (v1 or v2),
// the home of operation input types.
func IsServicePackage(path string) bool {
	return strings.HasPrefix(path, v2Service) || strings.HasPrefix(path, v1Service)
}

// TimeLimited lists SDK packages whose results expire, so building them per
// invocation is right.
var TimeLimited = []string{v2Prefix + "feature/rds/auth", v1Service + "rds/rdsutils"}

// pureFuncs are standard library functions whose result depends only on
// their arguments (and, for os.Getenv, LookupEnv and ExpandEnv, on the environment, which Lambda
// fixes for the life of an execution environment).
var pureFuncs = map[string][]string{
	"os":      {"Getenv", "LookupEnv", "ExpandEnv"},
	"fmt":     {"Sprintf", "Sprint", "Sprintln"},
	"strconv": {"Itoa", "Quote", "FormatInt", "FormatUint", "FormatFloat", "FormatBool", "Atoi", "ParseInt", "ParseBool", "ParseFloat"},
	"strings": {"ToLower", "ToUpper", "TrimSpace", "Join", "Repeat", "TrimPrefix", "TrimSuffix", "Trim", "TrimLeft", "TrimRight",
		"Replace", "ReplaceAll", "Split", "SplitN", "Fields", "Contains", "HasPrefix", "HasSuffix", "EqualFold", "Index"},
	"regexp":        {"QuoteMeta"},
	"net/url":       {"PathEscape", "QueryEscape", "JoinPath"},
	"path":          {"Join", "Base", "Dir", "Clean"},
	"path/filepath": {"Join", "Base", "Dir", "Clean"},
	"time":          {"Duration", "ParseDuration"},
	"text/template": {"New", "Must"},
	"html/template": {"New", "Must"},
}

// IsPureFunc reports whether fn is a function of pureFuncs: it computes its
// result from its arguments alone.
func IsPureFunc(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	return slices.Contains(pureFuncs[fn.Pkg().Path()], fn.Name())
}

// builders are the option and config builders of the resource catalogue's
// packages: their result depends only on their arguments, their receiver
// and the environment, so a client built from a builder's result of
// constants is built from constants. Names are functions or Type.Method;
// a trailing * matches any rest. Builder methods may change their
// receiver (mongo's ApplyURI returns the builder it changed), so a call of
// one on a variable counts as a write of that variable.
var builders = map[string][]string{
	"github.com/jackc/pgx/v5":                      {"ParseConfig"},
	"github.com/jackc/pgx/v5/pgxpool":              {"ParseConfig"},
	"github.com/redis/go-redis/v9":                 {"ParseURL", "ParseClusterURL"},
	"go.mongodb.org/mongo-driver/mongo/options":    {"*"},
	"go.mongodb.org/mongo-driver/v2/mongo/options": {"*"},
	"google.golang.org/grpc":                       {"With*"},
	"google.golang.org/grpc/credentials/insecure":  {"NewCredentials"},
	"go.opentelemetry.io/otel/sdk/trace": {"With*", "AlwaysSample", "NeverSample", "ParentBased",
		"TraceIDRatioBased"},
	"go.uber.org/zap": {"NewProductionConfig", "NewDevelopmentConfig", "NewAtomicLevel", "NewAtomicLevelAt", "AddCaller", "AddCallerSkip",
		"AddStacktrace", "Fields", "Development", "WithCaller", "String", "Strings", "Int", "Int64", "Bool", "Duration", "Any"},
	// A template's setup before Parse: template.New(n).Funcs(fm).Parse(s).
	"text/template": {"Template.Funcs", "Template.Option", "Template.Delims"},
	"html/template": {"Template.Funcs", "Template.Option", "Template.Delims"},
	// The SDK's HTTP client builder: awshttp.NewBuildableClient().WithTimeout(d).
	"github.com/aws/aws-sdk-go-v2/aws/transport/http": {"NewBuildableClient", "BuildableClient.With*"},
	// gorm's dialectors only hold the DSN: gorm.Open(mysql.Open(dsn), &gorm.Config{}).
	"gorm.io/driver/mysql":     {"Open", "New"},
	"gorm.io/driver/postgres":  {"Open", "New"},
	"gorm.io/driver/sqlite":    {"Open"},
	"gorm.io/driver/sqlserver": {"Open", "New"},
}

// IsBuilder reports whether fn is one of the builders.
func IsBuilder(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	names := builders[fn.Pkg().Path()]
	if len(names) == 0 {
		return false
	}
	name := fn.Name()
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		named := receiverNamed(recv.Type())
		if named == nil {
			return false
		}
		name = named.Obj().Name() + "." + name
	}
	for _, pat := range names {
		if pat == name || strings.HasSuffix(pat, "*") && strings.HasPrefix(name, strings.TrimSuffix(pat, "*")) {
			return true
		}
	}
	return false
}

// receiverNamed returns the named type of a method's receiver (T or *T).
func receiverNamed(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, _ := types.Unalias(t).(*types.Named)
	return named
}

// ServesHandler reports whether fn takes an http.Handler that it serves on
// every invocation: an API-proxy adapter's constructor, lambdaurl's Start
// and Wrap, algnhsa's ListenAndServe. What its argument runs is a route.
func ServesHandler(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	path, name := fn.Pkg().Path(), fn.Name()
	switch {
	case strings.HasPrefix(path, apiProxy):
		return name == "New" || name == "NewV2" || name == "NewALB"
	case path == lambdaURLPkg:
		return name == "Start" || name == "Wrap"
	case path == AlgnhsaPkg:
		return name == "ListenAndServe"
	}
	return false
}
