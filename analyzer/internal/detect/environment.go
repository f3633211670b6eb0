package detect

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/config"

	"golang.org/x/tools/go/types/typeutil"
)

// This file answers what moved code reads of the process's environment,
// and who writes it: code that reads the environment must run after every
// write that ran before it did.

// EnvWrite is a call that changes the environment.
type EnvWrite struct {
	Pos      token.Pos
	In       *FuncNode
	InRegion bool // it runs on every invocation
	// nameVar is the local a file write is given its name in, when its
	// key is not known where it is written: the key is its value's
	// (resolveFileKeys).
	nameVar *types.Var
	// key is the variable os.Setenv or os.Unsetenv changes, when it is a
	// constant; "" for any (os.Clearenv, a computed name). same: the value
	// it sets is a constant, the same on every invocation.
	key  string
	same bool
	// keyParam: the name is parameter keyParam-1 of the declared
	// function around the write (envx.Override(key, val) calling
	// os.Setenv(key, val)).
	keyParam int
}

// isEnvWrite reports whether callee is os.Setenv, os.Unsetenv or os.Clearenv.
func isEnvWrite(callee *types.Func) bool {
	return isOSFuncObj(callee, "Setenv", "Unsetenv", "Clearenv")
}

// isFSWrite reports whether callee writes files or changes the working
// directory.
func isFSWrite(callee *types.Func) bool {
	if callee == nil || callee.Pkg() == nil {
		return false
	}
	switch callee.Pkg().Path() {
	case "os":
		switch callee.Name() {
		case "WriteFile", "Create", "CreateTemp", "OpenFile", "Mkdir", "MkdirAll", "MkdirTemp", "Rename",
			"Remove", "RemoveAll", "Chdir", "Symlink", "Link", "Truncate", "Chmod":
			return callee.Signature().Recv() == nil || callee.Name() == "Chdir"
		}
	case "io/ioutil":
		return callee.Name() == "WriteFile" || callee.Name() == "TempFile" || callee.Name() == "TempDir"
	}
	return false
}

// chdirKey is the key of a write that changes the working directory:
// every relative path changes with it.
const chdirKey = "\x00chdir"

// fileWritten returns the file a write names by a constant ("" when it is
// not one, or names several), or chdirKey for os.Chdir.
func fileWritten(info *types.Info, call *ast.CallExpr, callee *types.Func) string {
	if callee.Name() == "Chdir" {
		return chdirKey
	}
	if callee.Name() == "Rename" || callee.Name() == "Symlink" || callee.Name() == "Link" || len(call.Args) == 0 {
		return ""
	}
	return fileNameKey(info, call.Args[0])
}

// fileNameKey is the key of a file name: the name when it is a constant,
// the constant prefix and prefixMark for one under a constant prefix
// ("/tmp/reports/" + name + ".tmpl", filepath.Join("/tmp", name)), ""
// otherwise.
func fileNameKey(info *types.Info, e ast.Expr) string {
	name := ast.Unparen(e)
	if call, ok := name.(*ast.CallExpr); ok && len(call.Args) > 1 {
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && fn.Name() == "Join" && fn.Pkg() != nil && (fn.Pkg().Path() == "path/filepath" || fn.Pkg().Path() == "path") {
			if p := constString(info, call.Args[0]); p != "" {
				return strings.TrimSuffix(p, "/") + "/" + prefixMark
			}
		}
		return ""
	}
	for {
		be, ok := name.(*ast.BinaryExpr)
		if !ok || be.Op != token.ADD {
			break
		}
		name = ast.Unparen(be.X)
	}
	if name != ast.Unparen(e) {
		if p := constString(info, name); p != "" {
			return p + prefixMark
		}
		return ""
	}
	return constString(info, name)
}

// prefixMark ends the key of a write whose file name starts with a
// constant prefix.
const prefixMark = "\x00prefix"

// fileKeysRead returns which writes a call that reads files (readsFiles)
// depends on: one of a file it names by a constant, or under a directory
// or glob it names so, a change of directory when a name is relative, and
// any write when a name is not a constant.
func fileKeysRead(info *types.Info, call *ast.CallExpr, callee *types.Func) func(string) bool {
	if !readsNamedFiles(callee) {
		// The SDK's shared files, wherever AWS_CONFIG_FILE and
		// AWS_SHARED_CREDENTIALS_FILE put them: a write of a name not
		// known, or of one that looks like them. Scratch files under
		// /tmp (an image being resized) are not.
		return func(key string) bool { return key == "" || mayBeSharedConfig(key) }
	}
	var names []string
	for _, a := range call.Args {
		n := constString(info, a)
		if n == "" {
			return nil // a name known only at run time: any write
		}
		names = append(names, n)
	}
	return func(key string) bool {
		if key == "" {
			return true
		}
		prefix, isPrefix := strings.CutSuffix(key, prefixMark)
		for _, n := range names {
			switch {
			case isPrefix:
				if lit := n[:strings.IndexAny(n+"*", "*?[\\")]; strings.HasPrefix(n, prefix) || strings.HasPrefix(prefix, lit) {
					return true
				}
			case key == chdirKey:
				if !path.IsAbs(n) {
					return true
				}
			case n == key, strings.HasPrefix(key, strings.TrimSuffix(n, "/")+"/"):
				return true
			default:
				if ok, _ := path.Match(n, key); ok {
					return true
				}
			}
		}
		return false
	}
}

// mayBeSharedConfig reports whether a file write's key may name the
// SDK's shared config or credentials file: under a .aws directory, named
// config or credentials, or a change of directory.
func mayBeSharedConfig(key string) bool {
	if key == chdirKey {
		return true
	}
	name := strings.ToLower(strings.TrimSuffix(key, prefixMark))
	base := path.Base(name)
	return strings.Contains(name, ".aws") || strings.Contains(base, "config") || strings.Contains(base, "credentials")
}

// constString returns the value of a constant string expression, or "".
func constString(info *types.Info, e ast.Expr) string {
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	return ""
}

// readsFiles reports whether a call reads files by name, which a write or
// a change of directory earlier in the invocation changes: templates parsed
// from files, files read, globs, and the SDK's shared config files.
func readsFiles(info *types.Info, call *ast.CallExpr, callee *types.Func) bool {
	if callee.Pkg() == nil {
		return false
	}
	switch callee.Pkg().Path() {
	case "text/template", "html/template":
		return callee.Name() == "ParseFiles" || callee.Name() == "ParseGlob"
	case "os":
		return callee.Name() == "ReadFile" || callee.Name() == "Open" || callee.Name() == "ReadDir"
	case "io/ioutil":
		return callee.Name() == "ReadFile" || callee.Name() == "ReadDir"
	case "path/filepath":
		return callee.Name() == "Glob"
	}
	return ReadsEnvCall(info, call) && !isOSFunc(info, call, "Getenv", "LookupEnv", "Environ", "ExpandEnv") && !isEnvLoader(info, call)
}

// readsNamedFiles reports whether a call of callee that reads files
// (readsFiles) reads those it is given by name, not the SDK's shared ones.
func readsNamedFiles(callee *types.Func) bool {
	switch callee.Pkg().Path() {
	case "text/template", "html/template", "os", "io/ioutil", "path/filepath":
		return true
	}
	return false
}

// fileKeys are the keys a file write stands for in writtenVars.
func (w EnvWrite) fileKeys() []string {
	if w.key == "" || mayBeSharedConfig(w.key) {
		return []string{filesWritten, sharedWritten}
	}
	return []string{filesWritten}
}

// readsWholeFile reports whether callee returns the content of a file it
// is given by name: os.ReadFile, ioutil.ReadFile, fs.ReadFile, or an
// embed.FS's ReadFile (which never changes).
func readsWholeFile(callee *types.Func) bool {
	if callee.Pkg() == nil || callee.Name() != "ReadFile" {
		return false
	}
	switch callee.Pkg().Path() {
	case "os", "io/ioutil", "io/fs", "embed":
		return true
	}
	return false
}

// writtenInRegion reports whether a function that runs on every
// invocation writes the environment (env) or files (fs): what is read
// from them then is not the same on every invocation. Asked only once the
// region is known.
func (ix *Detection) writtenInRegion(at token.Pos, ws []EnvWrite, affects func(key string) bool) bool {
	h := ix.reachedBy[ix.funcAt(at)]
	for _, w := range ws {
		if w.same || affects != nil && !affects(w.key) {
			continue
		}
		// By the same handler: another's invocations are others.
		if in := ix.innermost(w.In, w.Pos); ix.inRegion[in] && (h == nil || ix.reachedBy[in] == h) {
			return true
		}
	}
	return false
}

// funcAt returns the innermost function holding pos that runs with the
// function around it, or nil at package level.
func (ix *Detection) funcAt(pos token.Pos) *FuncNode {
	for _, fn := range ix.Funcs {
		if fn.Outer == nil && fn.Node().Pos() <= pos && pos < fn.Node().End() {
			return ix.innermost(fn, pos)
		}
	}
	return nil
}

// envKeysRead returns which environment variables a call reads, as a test
// of the key an os.Setenv writes ("" for an unknown key, which may be any).
func envKeysRead(info *types.Info, call *ast.CallExpr) func(string) bool {
	if isOSFunc(info, call, "Getenv", "LookupEnv") && len(call.Args) == 1 {
		if tv, ok := info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			read := constant.StringVal(tv.Value)
			return func(key string) bool { return key == "" || key == read }
		}
		return nil
	}
	if isOSFunc(info, call, "Environ", "ExpandEnv") {
		return nil
	}
	// SDK configuration: the AWS_ variables.
	return func(key string) bool { return key == "" || strings.HasPrefix(key, "AWS_") }
}

// EnvWrites returns the calls to os.Setenv, os.Unsetenv and os.Clearenv in
// the package's functions. The index pass recorded each with its outermost
// function; the function that holds it, and whether that runs on every
// invocation, are settled here, once, when a plan first asks.
func (ix *Detection) EnvWrites() []EnvWrite {
	if ix.envsMemo != nil || len(ix.envs) == 0 {
		return ix.envsMemo
	}
	ix.envsMemo = make([]EnvWrite, len(ix.envs))
	for i, w := range ix.envs {
		w.In = ix.innermost(w.In, w.Pos)
		w.InRegion = ix.inRegion[w.In]
		ix.envsMemo[i] = w
	}
	return ix.envsMemo
}

// innermost returns the literal of fn that holds pos, or fn.
func (ix *Detection) innermost(fn *FuncNode, pos token.Pos) *FuncNode {
	for _, lit := range fn.lits {
		if lit.Lit.Pos() <= pos && pos < lit.Lit.End() {
			return ix.innermost(lit, pos)
		}
	}
	return fn
}

// Reads is what a function of this package reads that its callers do not
// see at the call: package variables, and whether it reads the
// environment, through the functions of this package it calls.
type Reads struct {
	Vars []*types.Var
	Env  bool
	// WritesEnv: it changes the environment (os.Setenv, directly, in a
	// function of its package, or in one of another package whose fact
	// says so).
	WritesEnv bool
	// Runs are the functions of this package it runs: itself and those
	// it calls, their literals aside.
	Runs []*FuncNode
}

// HelperReads returns what fn reads, once per function.
func (ix *Detection) HelperReads(fn *FuncNode) Reads {
	if r, ok := ix.readsMemo[fn]; ok {
		return r
	}
	if ix.readsMemo == nil {
		ix.readsMemo = map[*FuncNode]Reads{}
	}
	info := ix.Pass.TypesInfo
	seen := map[*FuncNode]bool{}
	vars := map[*types.Var]bool{}
	env, writes := false, false
	var walk func(f *FuncNode)
	walk = func(f *FuncNode) {
		if f == nil || f.Decl == nil || f.Decl.Body == nil || seen[f] {
			return
		}
		seen[f] = true
		ast.Inspect(f.Decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if v, ok := info.Uses[n].(*types.Var); ok && v.Parent() == ix.Syms.PkgScope {
					vars[v] = true
				}
			case *ast.CallExpr:
				env = env || ReadsEnvCall(info, n)
				if callee, ok := typeutil.Callee(info, n).(*types.Func); ok {
					writes = writes || isEnvWrite(callee)
					if callee.Pkg() == ix.Pass.Pkg {
						walk(ix.Decls[callee.Origin()])
					} else if f := ix.anyFact(callee); f != nil {
						env = env || f.ReadsEnv
						writes = writes || f.WritesEnv
					}
				}
			}
			return true
		})
	}
	walk(fn)
	r := Reads{Vars: slices.SortedFunc(maps.Keys(vars), func(a, b *types.Var) int { return int(a.Pos() - b.Pos()) }), Env: env, WritesEnv: writes}
	r.Runs = slices.SortedFunc(maps.Keys(seen), func(a, b *FuncNode) int { return int(a.Node().Pos() - b.Node().Pos()) })
	ix.readsMemo[fn] = r
	return r
}

// ReadsEnvCall reports whether call reads the environment: os.Getenv and
// its kind, or an SDK configuration load (AWS_REGION, AWS_PROFILE,
// AWS_ENDPOINT_URL and the rest).
func ReadsEnvCall(info *types.Info, call *ast.CallExpr) bool {
	if isOSFunc(info, call, "Getenv", "LookupEnv", "Environ", "ExpandEnv") || isEnvLoader(info, call) {
		return true // an env-config loader (envconfig.Process) too
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return false
	}
	c := catalogue.Classify(fn)
	return c != nil && c.Kind == config.KindConfig
}

// isOSFunc reports whether call calls one of the named functions of os.
func isOSFunc(info *types.Info, call *ast.CallExpr, names ...string) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return isOSFuncObj(fn, names...)
}

// isOSFuncObj reports whether fn is the function of package os with one of
// the names.
func isOSFuncObj(fn *types.Func, names ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "os" || fn.Signature().Recv() != nil {
		return false
	}
	return slices.Contains(names, fn.Name())
}

// PerInvocation reports whether fn, or the function around it when it is
// a literal, runs on every invocation of a handler of the package.
func (ix *Detection) PerInvocation(fn *FuncNode) bool {
	for ; fn != nil; fn = fn.Outer {
		if ix.inRegion[fn] {
			return true
		}
	}
	return false
}

// SetThrough reports whether v, a package variable, points to a value that
// code may set after the package is initialised: a *string, *int or the
// like that it got from a call (flag.String, which flag.Parse in main
// fills), not from a literal of its own.
func (ix *Detection) SetThrough(v *types.Var) bool {
	ptr, ok := v.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	if _, basic := ptr.Elem().Underlying().(*types.Basic); !basic {
		return false
	}
	for _, a := range ix.Assigns[v] {
		call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
		if !ok || a.In != nil {
			continue
		}
		if _, builtin := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Builtin); !builtin { // new(T): storage of its own
			return true
		}
	}
	return false
}
