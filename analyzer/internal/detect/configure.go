package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// configurers set up a value once for the life of whoever holds it:
// tracing middleware appended to an SDK config's APIOptions, HTTP/2 enabled
// on a transport. Called in a handler on a value it builds, they are part
// of that Init work: the value moves with them. Left behind after the
// value moved, they would run again on the shared value every invocation
// (the middleware list grows by one each time; ConfigureTransport fails
// the second time), which is why the planner refuses any other call that
// may change a moved value.
var configurers = map[string][]string{
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-sdk-go-v2/otelaws": {"AppendMiddlewares"},
	"github.com/aws/aws-xray-sdk-go/instrumentation/awsv2":                             {"AWSV2Instrumentor"},
	"github.com/newrelic/go-agent/v3/integrations/nrawssdk-v2":                         {"AppendMiddlewares"},
	"gopkg.in/DataDog/dd-trace-go.v1/contrib/aws/aws-sdk-go-v2/aws":                    {"AppendMiddleware"},
	"github.com/DataDog/dd-trace-go/contrib/aws/aws-sdk-go-v2/v2/aws":                  {"AppendMiddleware"},
	"golang.org/x/net/http2": {"ConfigureTransport"},
}

// filledThrough records a write of each package variable holding a pointer
// (or a map or slice) that a call fills through that value: a decoder or
// env-config loader (yaml.Unmarshal(b, cfg), envconfig.Process("", cfg),
// gob.NewDecoder(r).Decode(cfg)), a function of another package of the
// module, or one of this package that writes through the parameter. Code
// that reads the variable then lands after the call that fills it.
func (ix *indexer) filledThrough(fn *FuncNode, callee *types.Func, call *ast.CallExpr) {
	if fn == nil || callee == nil || ix.test {
		return
	}
	for i, v := range ix.varArgs(call) {
		if v.Parent() != ix.Syms.PkgScope {
			continue
		}
		a := call.Args[i]
		switch v.Type().Underlying().(type) {
		case *types.Pointer, *types.Map, *types.Slice:
		default:
			continue
		}
		if isFiller(callee) || callee.Pkg() != ix.Pass.Pkg && inModule(ix.Pass, callee.Pkg()) && ix.fillsElsewhere(callee, i) || callee.Pkg() == ix.Pass.Pkg && ix.writesParam(callee, i) {
			ix.write(a)
		}
	}
}

// varArgs yields the arguments of call that are variables, by position.
func (ix *indexer) varArgs(call *ast.CallExpr) iter.Seq2[int, *types.Var] {
	return func(yield func(int, *types.Var) bool) {
		for i, a := range call.Args {
			id, ok := ast.Unparen(a).(*ast.Ident)
			if !ok {
				continue
			}
			if v, ok := ix.info.Uses[id].(*types.Var); ok && !yield(i, v) {
				return
			}
		}
	}
}

// isFiller reports whether callee decodes or loads into what its argument
// points to.
func isFiller(callee *types.Func) bool {
	if callee.Pkg() == nil {
		return false
	}
	switch callee.Name() {
	case "Unmarshal", "UnmarshalKey", "UnmarshalExact", "Decode", "DecodeFile", "Process", "MustProcess",
		"Parse", "ParseWithOptions", "ReadEnv", "ReadConfig":
	default:
		return false
	}
	path := callee.Pkg().Path()
	for _, family := range []string{"json", "yaml", "xml", "toml", "gob", "envconfig", "caarlos0/env", "cleanenv", "viper", "mapstructure", "hcl", "ini"} {
		if strings.Contains(path, family) {
			return true
		}
	}
	return false
}

// writesParam reports whether function f of this package writes through
// its parameter i: assigns a field of it or what it points to, or hands it
// to a filler.
func (ix *indexer) writesParam(f *types.Func, i int) bool {
	params := f.Signature().Params()
	if i >= params.Len() {
		return false
	}
	ix.fillDeclSyntax()
	decl := ix.declSyntax[f.Origin()]
	if decl == nil {
		return false
	}
	return paramWritten(ix.info, decl.Body, params.At(i))
}

// paramWritten reports whether body assigns through the parameter p
// (p.f = v, p[k] = v, *p = v) or hands it to a decoder that fills it.
// paramFields returns the fields of p, a pointer parameter, that body
// writes (s.Prefix = …), when every use of p is a read or such a write; ok
// is false when p is written as a whole, handed on, or its address taken.
func paramFields(info *types.Info, body *ast.BlockStmt, p *types.Var) (fields []string, ok bool) {
	ok = true
	written := map[ast.Expr]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id := code.RootIdent(l); id != nil && info.Uses[id] == p {
					f := code.FirstField(info, l)
					if f == "" {
						ok = false
					} else if !slices.Contains(fields, f) {
						fields = append(fields, f)
					}
					written[l] = true
				}
			}
		case *ast.IncDecStmt:
			if id := code.RootIdent(n.X); id != nil && info.Uses[id] == p {
				if f := code.FirstField(info, n.X); f != "" {
					fields = append(fields, f)
				} else {
					ok = false
				}
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				if id, isID := ast.Unparen(a).(*ast.Ident); isID && info.Uses[id] == p {
					ok = false // handed on: what the callee writes is not known here
				}
			}
		case *ast.UnaryExpr:
			if id := code.RootIdent(n.X); n.Op == token.AND && id != nil && info.Uses[id] == p {
				ok = false
			}
		}
		return ok
	})
	slices.Sort(fields)
	return slices.Compact(fields), ok
}

func paramWritten(info *types.Info, body *ast.BlockStmt, p *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if _, plain := l.(*ast.Ident); plain {
					continue // the parameter itself, a local copy
				}
				if id := code.RootIdent(l); id != nil && info.Uses[id] == p {
					found = true
				}
			}
		case *ast.CallExpr:
			if callee, ok := typeutil.Callee(info, n).(*types.Func); ok && isFiller(callee) {
				for _, a := range n.Args {
					if id, ok := ast.Unparen(a).(*ast.Ident); ok && info.Uses[id] == p {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// envLoaders fill a value from the environment through its address
// (envconfig.Process("", &spec), env.Parse(&cfg)), or return it
// (env.ParseAs[Config]()).
var envLoaders = map[string][]string{
	"github.com/kelseyhightower/envconfig": {"Process", "MustProcess"},
	"github.com/caarlos0/env":              {"Parse", "ParseWithOptions", "ParseAs", "ParseAsWithOptions", "Must"},
	"github.com/ilyakaznacheev/cleanenv":   {"ReadEnv"},
	"github.com/sethvargo/go-envconfig":    {"Process", "ProcessWith"},
}

func isEnvLoader(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	path := fn.Pkg().Path()
	if i := strings.LastIndex(path, "/v"); i > 0 && strings.Trim(path[i+2:], "0123456789") == "" {
		path = path[:i] // github.com/caarlos0/env/v11
	}
	return slices.Contains(envLoaders[path], fn.Name())
}

// envLoadSame reports whether an env-config loader gives the same value
// on every invocation: its arguments but the address it fills are, and
// the handler that calls it does not change the environment.
func (iv *Invariance) envLoadSame(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
			continue
		}
		if !iv.Expr(a) {
			return false
		}
	}
	return iv.ix.inRegion == nil || !iv.ix.writtenInRegion(call.Pos(), iv.ix.envs, nil)
}

// ConfigurerCall returns the call st makes of a configurer, as a statement
// of its own (its result, if any, dropped), or nil.
func ConfigurerCall(info *types.Info, st ast.Stmt) *ast.CallExpr {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok || !isConfigurer(info, call) {
		return nil
	}
	return call
}

func isConfigurer(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) == 0 {
		return false
	}
	for _, name := range configurers[fn.Pkg().Path()] {
		if fn.Name() == name && fn.Signature().Recv() == nil {
			return true
		}
	}
	return false
}

// FieldSetup returns the variable whose field st sets, and the value, for
// a statement of the form v.f = x or v.f.g = x; nil otherwise.
func FieldSetup(info *types.Info, as *ast.AssignStmt) (*types.Var, ast.Expr) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return nil, nil
	}
	sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	x := ast.Expr(sel)
	for {
		s, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if sel := info.Selections[s]; sel == nil || sel.Kind() != types.FieldVal || sel.Indirect() {
			return nil, nil // a package's name, a method, or through a pointer
		}
		x = s.X
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || v.IsField() {
		return nil, nil
	}
	return v, as.Rhs[0]
}

// CondSetup returns the variable whose fields the statements of is set,
// for an if with no else whose body does nothing else (a local endpoint:
// if ep := os.Getenv("DYNAMODB_ENDPOINT"); ep != "" { cfg.BaseEndpoint =
// &ep }); nil otherwise.
func CondSetup(info *types.Info, is *ast.IfStmt) *types.Var {
	if is.Else != nil || len(is.Body.List) == 0 {
		return nil
	}
	if is.Init != nil {
		if as, ok := is.Init.(*ast.AssignStmt); !ok || as.Tok != token.DEFINE {
			return nil
		}
	}
	var v *types.Var
	for _, st := range is.Body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok {
			return nil
		}
		w, _ := FieldSetup(info, as)
		if w == nil || v != nil && w != v {
			return nil
		}
		v = w
	}
	return v
}

// isBodyStmt reports whether cur is a statement of a function's body, not
// one nested in a block of it.
func isBodyStmt(cur inspector.Cursor) bool {
	if _, ok := cur.Parent().Node().(*ast.BlockStmt); !ok {
		return false
	}
	switch cur.Parent().Parent().Node().(type) {
	case *ast.FuncDecl, *ast.FuncLit:
		return true
	}
	return false
}

// ConfigArg reports whether an argument of a configurer call besides the
// value it sets up is the same on every invocation: an invariant value,
// or an option built by the configurer's own package from such values
// (otelaws.WithTracerProvider(tp)).
func (iv *Invariance) ConfigArg(call *ast.CallExpr, a ast.Expr) bool {
	if iv.Expr(a) {
		return true
	}
	info := iv.ix.Pass.TypesInfo
	opt, ok := ast.Unparen(a).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(info, opt).(*types.Func)
	cfn, _ := typeutil.Callee(info, call).(*types.Func)
	if !ok || cfn == nil || fn.Pkg() != cfn.Pkg() {
		return false
	}
	for _, x := range opt.Args {
		if !iv.ConfigArg(call, x) {
			return false
		}
	}
	return true
}

// fillsElsewhere reports whether a function of another package of the
// module may write through its parameter i: its fact says so, or there is
// no fact to say otherwise.
func (ix *indexer) fillsElsewhere(callee *types.Func, i int) bool {
	var f WorkFact
	if ix.Pass.ImportObjectFact == nil || !ix.Pass.ImportObjectFact(callee.Origin(), &f) {
		return true
	}
	return slices.Contains(f.FillsParams, min(i, callee.Signature().Params().Len()-1))
}
