package catalogue

import (
	"go/types"
	"slices"
	"strings"
)

// What the methods of the catalogue's types do to their receiver. A value
// a fix moves out of the handler is shared by every invocation after: a
// method the handler still calls on it per invocation must leave it as it
// was (db.SetMaxOpenConns(n), tmpl.Option("missingkey=error"),
// re.Longest(), rdb.AddHook(h) change it for every later invocation, and
// tmpl.New("footer") or rdb.Options() hand out something that aliases it).
//
// For a type with a small API, the methods known to read (reads); any
// other method is taken to change it. For a type with a large API of
// operations (a Redis client's commands, gorm's chain, which returns new
// values), the methods known to change it (changes); any other reads. The
// lists are reviewed against each library's documentation and code. Every
// type of shareableTypes that is not an interface has a rule: a value of
// another type moves only when it is the SDK's or the module's own, whose
// methods are judged apart (TestMethodRulesCoverShareable).
type methodRule struct {
	reads, changes []string
	// changePrefixes: the setters of a client configured by chained calls
	// (resty's SetHeader, SetAuthToken, OnBeforeRequest…).
	changePrefixes []string
}

var methodRules = map[string]methodRule{
	"regexp.Regexp": {reads: []string{
		"Copy", "Expand", "ExpandString", "Find", "FindAll", "FindAllIndex", "FindAllString", "FindAllStringIndex",
		"FindAllStringSubmatch", "FindAllStringSubmatchIndex", "FindAllSubmatch", "FindAllSubmatchIndex", "FindIndex",
		"FindReaderIndex", "FindReaderSubmatchIndex", "FindString", "FindStringIndex", "FindStringSubmatch",
		"FindStringSubmatchIndex", "FindSubmatch", "FindSubmatchIndex", "LiteralPrefix", "MarshalText", "Match",
		"MatchReader", "MatchString", "NumSubexp", "ReplaceAll", "ReplaceAllFunc", "ReplaceAllLiteral",
		"ReplaceAllLiteralString", "ReplaceAllString", "ReplaceAllStringFunc", "Split", "String", "SubexpIndex", "SubexpNames",
	}},
	"database/sql.DB": {reads: []string{
		"Begin", "BeginTx", "Conn", "Driver", "Exec", "ExecContext", "Ping", "PingContext", "Prepare", "PrepareContext",
		"Query", "QueryContext", "QueryRow", "QueryRowContext", "Stats",
	}},
	"github.com/jmoiron/sqlx.DB": {changes: []string{"SetMaxOpenConns", "SetMaxIdleConns", "SetConnMaxLifetime", "SetConnMaxIdleTime", "MapperFunc"}},
	"text/template.Template":     {reads: []string{"Clone", "DefinedTemplates", "Execute", "ExecuteTemplate", "Lookup", "Name", "Templates"}},
	"html/template.Template":     {reads: []string{"Clone", "DefinedTemplates", "Execute", "ExecuteTemplate", "Lookup", "Name", "Templates"}},
	"net/http.Transport":         {reads: []string{"Clone", "RoundTrip"}},
	"net/http.Client":            {reads: []string{"Do", "Get", "Head", "Post", "PostForm"}},
	"github.com/redis/go-redis/v9.Client": {changes: []string{
		"AddHook", "Options",
	}},
	"github.com/redis/go-redis/v9.ClusterClient": {changes: []string{"AddHook", "Options", "OnNewNode"}},
	"gorm.io/gorm.DB": {changes: []string{"Use", "Callback", "SetupJoinTable", "AddError"}},
	// Their methods are operations, or return new values (zap's With).
	"go.mongodb.org/mongo-driver/mongo.Client":                       {changes: []string{}},
	"go.mongodb.org/mongo-driver/v2/mongo.Client":                    {changes: []string{}},
	"go.uber.org/zap.Logger":                                         {changes: []string{}},
	"github.com/aws/aws-secretsmanager-caching-go/secretcache.Cache": {changes: []string{}},
	"github.com/go-resty/resty/v2.Client":                            {changePrefixes: []string{"Set", "Add", "On", "Enable", "Disable", "Remove"}},
	"resty.dev/v3.Client":                                            {changePrefixes: []string{"Set", "Add", "On", "Enable", "Disable", "Remove"}},
	"github.com/jackc/pgx/v5/pgxpool.Pool":                           {changes: []string{"Reset"}},
	"google.golang.org/grpc.ClientConn":                              {changes: []string{"Connect", "ResetConnectBackoff"}},
	"go.opentelemetry.io/otel/sdk/trace.TracerProvider": {changes: []string{
		"RegisterSpanProcessor", "UnregisterSpanProcessor",
	}},
}

// MethodChanges reports, for a method called on a value of a catalogued
// type (or a pointer to one), whether the method may change the value
// (known says the type is catalogued). The methods that end a value
// (Close, Shutdown) are the planner's to judge, apart.
func MethodChanges(recv types.Type, method string) (changes, known bool) {
	if p, ok := types.Unalias(recv).(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := types.Unalias(recv).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false, false
	}
	rule, ok := methodRules[named.Obj().Pkg().Path()+"."+named.Obj().Name()]
	if !ok {
		return false, false
	}
	if rule.reads != nil {
		return !slices.Contains(rule.reads, method), true
	}
	for _, prefix := range rule.changePrefixes {
		if strings.HasPrefix(method, prefix) {
			return true, true
		}
	}
	return slices.Contains(rule.changes, method), true
}
