package config

import (
	"fmt"
	"strings"
)

// CheckDoc is the documentation of one kind of finding. The analyzer's Doc
// (and so -help) and the README's checks section are generated from it.
type CheckDoc struct {
	Kind    Kind
	Title   string // one line: what is reported
	Why     string // what it costs on every invocation
	Before  string // code that is reported
	After   string // what lambdainit -fix makes of it
	Fix     string // what the fix does
	Refuses string // when the diagnostic carries no fix
	Options string // settings that change it
	NoFix   bool   // the check never offers a fix
}

// Checks documents every kind, in AllKinds order.
var Checks = []CheckDoc{
	{
		Kind:  KindClient,
		Title: "AWS SDK clients built on every invocation",
		Why: "A client built in the handler resolves its configuration again and opens a new " +
			"connection pool, so every invocation pays a fresh TLS handshake to the service. " +
			"Credentials providers built per invocation start with an empty cache and assume the role again; " +
			"a credentials cache (`aws.NewCredentialsCache`) built per invocation is empty, so the credentials are resolved again.",
		Before: `func handler(ctx context.Context, e Event) error {
	client := sqs.New(sqs.Options{Region: "eu-west-1"})
	_, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(queueURL), MessageBody: aws.String(e.Body)})
	return err
}`,
		After: `var client = sqs.New(sqs.Options{Region: "eu-west-1"})

func handler(ctx context.Context, e Event) error {
	_, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(queueURL), MessageBody: aws.String(e.Body)})
	return err
}`,
		Fix: "Moves the construction, with the statements it depends on, to a package-level variable " +
			"(set in a new init when there is an error to check, in main before the Start call when it " +
			"reads what main sets, or, when it reads what another package or a test sets after Init, in a " +
			"sync.OnceFunc the handler calls first, or a function that runs until it succeeds and returns " +
			"its error to the handler's own check), and makes the handler use it.",
		Refuses: "When the client depends on the event, a handler parameter, the handler's receiver or a " +
			"variable of an enclosing function that does not move with it, or when a local it needs is " +
			"assigned more than once.",
		Options: "`extra-constructors` adds functions and methods to treat like SDK constructors; their " +
			"findings carry no fix unless the result is an SDK type.",
	},
	{
		Kind:  KindConfig,
		Title: "SDK configuration loaded on every invocation",
		Why: "config.LoadDefaultConfig (v2) and session.NewSession (v1) read the shared config files and " +
			"environment and set up credential resolution on every call.",
		Before: `func handler(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg)
	...
}`,
		After: `var db *dynamodb.Client

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatalf("unable to load SDK config: %v", err)
	}
	db = dynamodb.NewFromConfig(cfg)
}

func handler(ctx context.Context) error {
	...
}`,
		Fix: "Moves the load and the error check that follows it; the handler's context becomes " +
			"context.Background() and the error return becomes log.Fatalf, so a broken configuration " +
			"fails the Init phase, as AWS documents for Go. Instrumentation set up on the config right " +
			"after the load (otelaws.AppendMiddlewares(&cfg.APIOptions), X-Ray's, New Relic's, Datadog's) " +
			"moves with it, and so does a field set there to a value the same on every invocation " +
			"(cfg.Region = \"eu-west-1\", cfg.APIOptions = append(cfg.APIOptions, mw)), also in an if on the " +
			"environment (if ep := os.Getenv(\"QUEUE_ENDPOINT\"); ep != \"\" { cfg.BaseEndpoint = aws.String(ep) }).",
		Refuses: "When the error is checked later in the handler rather than right after the call, or " +
			"when the options read per-invocation values, or a field is set from the event or on a condition of it (cfg.Region = req.Region).",
		Options: "`landing: main` puts the moved code in main before the Start call instead of in init; " +
			"`landing: lazy` in a sync.OnceFunc the handler calls first, when no error is checked.",
	},
	{
		Kind:  KindParams,
		Title: "constant SDK request inputs rebuilt on every invocation",
		Why: "An operation input whose every field is the same on every invocation is rebuilt, with " +
			"its pointers and maps, each time; built once, it says plainly that it does not change.",
		Before: `func handler(ctx context.Context) (int32, error) {
	out, err := db.Scan(ctx, &dynamodb.ScanInput{
		TableName: aws.String(os.Getenv("TABLE_NAME")),
		Select:    types.SelectCount,
	})
	...
}`,
		After: `var scanInput = &dynamodb.ScanInput{
	TableName: aws.String(os.Getenv("TABLE_NAME")),
	Select:    types.SelectCount,
}

func handler(ctx context.Context) (int32, error) {
	out, err := db.Scan(ctx, scanInput)
	...
}`,
		Fix: "Declares the input once at package level and passes that.",
		Refuses: "Not reported at all when a field depends on the event, when anything assigns its fields " +
			"or hands it to anything but an SDK operation or paginator (paginators copy their input; waiters " +
			"and request builders keep it), or when the SDK writes into it while it sends it: idempotency " +
			"tokens, S3's ChecksumMode on GetObject, RDS presigned URLs. That list is generated from the " +
			"SDKs' own code (analyzer/internal/catalogue/sdkwrites_gen.go; docs/safety.md says how).",
	},
	{
		Kind:  KindResource,
		Title: "other expensive resources built on every invocation",
		Why: "database/sql.Open (and sqlx, gorm, pgx, pgxpool), go-redis, mongo and gRPC clients open " +
			"connection pools; an http.Transport literal starts a pool of its own; regexp.MustCompile and " +
			"template Parse on constants compile the same thing again; zap loggers, OpenTelemetry tracer " +
			"providers and secretcache caches start from scratch. An http.Client without its own Transport " +
			"shares the default pool and is not reported. The drivers' own config and option builders " +
			"(pgxpool.ParseConfig, mongo's options.Client().ApplyURI, grpc.With…) count as constant when " +
			"their arguments are.",
		Before: `func handler(ctx context.Context, e Event) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	word := regexp.MustCompile(` + "`^[a-z]+$`" + `)
	...
}`,
		After: `var (
	db   *sql.DB
	word *regexp.Regexp
)

func init() {
	var err error
	db, err = sql.Open("postgres", dsn)
	if err != nil {
		log.Fatalf("unable to open database: %v", err)
	}
	word = regexp.MustCompile(` + "`^[a-z]+$`" + `)
}`,
		Fix: "As for clients, for the types known to be safe to share between concurrent invocations " +
			"(*sql.DB, *http.Client, *http.Transport, *regexp.Regexp, templates, pools and clients of the " +
			"listed drivers, zap loggers, tracer providers, secret caches).",
		Refuses: "When the handler ends the resource (defer db.Close(), tp.Shutdown(ctx), client.Disconnect(ctx)), " +
			"when it is built from a value the handler changes (a config whose fields it sets), when its type is not known to be " +
			"safe to share (pgx.Conn), or when it needs a secret fetched per invocation.",
		Options: "`extra-constructors` adds more; the catalogue is data in analyzer/internal/catalogue/catalogue.go.",
	},
	{
		Kind:  KindFetch,
		Title: "the same secret or parameter fetched on every invocation",
		Why: "Secrets Manager GetSecretValue and SSM GetParameter(s) with an input that never changes make " +
			"a network call, and pay for it, on every invocation.",
		Before: `func handler(ctx context.Context) error {
	secret, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String("prod/db")})
	...
}`,
		After: `var secrets, _ = secretcache.New()

func handler(ctx context.Context) error {
	secret, err := secrets.GetSecretStringWithContext(ctx, "prod/db")
	...
}`,
		Fix: "None: how long a cached secret may be used is a decision (rotation). The diagnostic says how " +
			"to cache it; the constant input is still moved by the params fix.",
		Refuses: "Always: the After above is written by hand.",
		NoFix:   true,
	},
}

// ChecksMarkdown renders the README's checks section.
func ChecksMarkdown() string {
	var b strings.Builder
	b.WriteString("| check (category) | what is reported | autofix |\n|---|---|---|\n")
	for _, c := range Checks {
		fix := "yes, when safe"
		if c.NoFix {
			fix = "no: advice"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", c.Kind, c.Title, fix)
	}
	for _, c := range Checks {
		// The anchor is the one drivers link a diagnostic to: the
		// analyzer's URL, then # and its category.
		fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n\n### `%s`: %s\n\n%s\n\nReported:\n\n```go\n%s\n```\n\nAfter `lambdainit -fix`:\n\n```go\n%s\n```\n\n", c.Kind, c.Kind, c.Title, c.Why, c.Before, c.After)
		fmt.Fprintf(&b, "**Fix.** %s\n\n**No fix.** %s\n", c.Fix, c.Refuses)
		if c.Options != "" {
			fmt.Fprintf(&b, "\n**Options.** %s\n", c.Options)
		}
	}
	return b.String()
}
