package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// InputFill says what a function does to a pointer parameter it is
// given: it only sets fields of it (withTopic(in, arn) setting
// in.TopicArn), each to a value, on conditions, that depend on nothing
// but the parameters Deps (-1: the receiver), and Returns it when every
// return gives it back alone. A call handed an operation input and
// arguments the same on every invocation leaves the input the same.
type InputFill struct {
	Param   int
	Deps    []int
	Returns bool
}

// fillsInput returns what fn does to its parameter p (InputFill), or
// false when it does anything but set its fields from what it is given
// and hand it back: hand it on, call a method of it, write through a
// field, set a field from what varies otherwise.
func (ix *Detection) fillsInput(fn *FuncNode, p *types.Var) (InputFill, bool) {
	if f, ok := ix.fillMemo[p]; ok {
		return f, f.Param >= 0
	}
	if ix.fillMemo == nil {
		ix.fillMemo = map[*types.Var]InputFill{}
	}
	f, ok := ix.fillsInput0(fn, p)
	if !ok {
		f = InputFill{Param: -1}
	}
	ix.fillMemo[p] = f
	return f, ok
}

func (ix *Detection) fillsInput0(fn *FuncNode, p *types.Var) (InputFill, bool) {
	info := ix.Pass.TypesInfo
	if fn.Decl == nil || fn.Decl.Body == nil {
		return InputFill{}, false
	}
	if _, ptr := p.Type().Underlying().(*types.Pointer); !ptr {
		return InputFill{}, false
	}
	others := ix.paramIndex(fn)
	i, ok := others[p]
	if !ok || i < 0 {
		return InputFill{}, false
	}
	delete(others, p)
	s := ix.sums()
	fill := InputFill{Param: i}
	sets := 0
	judge := func(e ast.Expr) bool {
		ds, ok := s.dependsOnWith(e, others, p) // its own fields: what the caller gave it, or set here
		fill.Deps = append(fill.Deps, ds...)
		return ok
	}
	for cur := range fn.cur.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if info.Uses[id] != p {
			continue
		}
		if ix.FuncAround(cur) != fn {
			return InputFill{}, false // captured by a literal, run who knows when
		}
		switch parent := cur.Parent().Node().(type) {
		case *ast.ReturnStmt:
			if len(parent.Results) != 1 {
				return InputFill{}, false
			}
			continue // every return gives back p alone: checked below
		case *ast.SelectorExpr:
			if sel, ok := info.Selections[parent]; !ok || sel.Kind() != types.FieldVal || len(sel.Index()) != 1 {
				return InputFill{}, false // a method, or a promoted field
			}
			as, ok := cur.Parent().Parent().Node().(*ast.AssignStmt)
			if ok && as.Tok == token.ASSIGN && len(as.Lhs) == 1 && as.Lhs[0] == ast.Expr(parent) {
				a, found := ix.assignAt(p, parent.Pos())
				e := a.fieldValue()
				if !found || e == nil || !judge(e) || !all(a.Conds, judge) {
					return InputFill{}, false
				}
				sets++
				continue
			}
			if ix.fieldRead(cur.Parent()) {
				continue // in.Message read, to decide or to build another field
			}
		}
		return InputFill{}, false
	}
	// Every return hands p back, or there is none (a function of no
	// result).
	rets := firstResults(fn.Decl.Body)
	isP := func(r ast.Expr) bool { id, ok := r.(*ast.Ident); return ok && info.Uses[id] == p }
	if sets == 0 || !all(rets, isP) || len(rets) == 0 && fn.Decl.Type.Results.NumFields() > 0 {
		return InputFill{}, false
	}
	fill.Returns = len(rets) > 0
	slices.Sort(fill.Deps)
	fill.Deps = slices.Compact(fill.Deps)
	return fill, true
}

// fieldValue is the value a field assignment gives (Through, or Setup
// for a set-up at the top of a body), nil when not known.
func (a Assignment) fieldValue() ast.Expr {
	if a.Through != nil {
		return a.Through
	}
	return a.Setup
}

// assignAt returns the assignment to v (or a field of it) at pos.
func (ix *Detection) assignAt(v *types.Var, pos token.Pos) (Assignment, bool) {
	for _, a := range ix.Assigns[v] {
		if a.Pos == pos {
			return a, true
		}
	}
	return Assignment{}, false
}

// fieldRead reports whether the field selection at cur is only read: not
// assigned, incremented, addressed or ranged into (assignedOrAddressed),
// not the receiver of a method call (which may write through a pointer
// field), and not handed to a function that may write through it.
func (ix *Detection) fieldRead(cur inspector.Cursor) bool {
	sel := cur.Node().(*ast.SelectorExpr)
	if assignedOrAddressed(cur) {
		return false
	}
	switch p := cur.Parent().Node().(type) {
	case *ast.SelectorExpr:
		return false // a field of a field, or a method of it
	case *ast.IndexExpr:
		if as, ok := cur.Parent().Parent().Node().(*ast.AssignStmt); ok && slices.Contains(as.Lhs, ast.Expr(p)) {
			return false // in.Attrs[k] = v: an element written
		}
	case *ast.CallExpr:
		if p.Fun != ast.Expr(sel) {
			f, ok := typeutil.Callee(ix.Pass.TypesInfo, p).(*types.Func)
			return ok && onlyReadsArgs(f)
		}
		return false
	}
	return true
}

// fillsArg reports whether call, handed an operation input as arg,
// leaves it the same on every invocation: its callee only sets fields of
// it (fillsInput, or its fact in another package of the module) from
// arguments that are the same on every invocation. returns: the call
// gives the input back.
func (iv *Invariance) fillsArg(call *ast.CallExpr, arg ast.Node) (returns, ok bool) {
	info := iv.info()
	fill, callee, ok := iv.ix.fillOf(call, arg)
	if !ok {
		return false, false
	}
	for _, d := range fill.Deps {
		args := argExprs(info, call, callee, d)
		if args == nil || !all(args, iv.Expr) {
			return false, false
		}
	}
	return fill.Returns, true
}

// returnedRead reports whether fn, a function of this package returning
// the address of a package variable (return &warm, err), hands it only to
// callers that read through it: fn is called, never taken as a value, only
// from this package (unexported, or in package main), and each call's
// result is read by field (c.cfg, c.queue.SendMessage(…)), directly or
// through a local that is read that way and nothing else.
func (ix *Detection) returnedRead(fn *FuncNode) bool {
	if m, ok := ix.readMemo[fn]; ok {
		return m == memoYes
	}
	if ix.readMemo == nil {
		ix.readMemo = map[*FuncNode]uint8{}
	}
	ok := ix.returnedRead0(fn)
	ix.readMemo[fn] = memoNo
	if ok {
		ix.readMemo[fn] = memoYes
	}
	return ok
}

func (ix *Detection) returnedRead0(fn *FuncNode) bool {
	info := ix.Pass.TypesInfo
	if fn.Decl == nil || fn.Decl.Recv != nil {
		return false
	}
	obj, _ := info.Defs[fn.Decl.Name].(*types.Func)
	if obj == nil || obj.Exported() && ix.Pass.Pkg.Name() != "main" {
		return false
	}
	calls := 0
	for cur := range ix.Ins.Root().Preorder((*ast.Ident)(nil)) {
		if info.Uses[cur.Node().(*ast.Ident)] != obj {
			continue
		}
		call, ok := cur.Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != cur.Node() {
			return false // a value of it, called who knows where
		}
		calls++
		at := cur.Parent()
		switch p := at.Parent().Node().(type) {
		case *ast.SelectorExpr:
			if !ix.readsThrough(at) {
				return false
			}
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok {
					return false
				}
				v, _ := info.ObjectOf(id).(*types.Var)
				if v == nil || id.Name == "_" || code.IsError(v.Type()) {
					continue
				}
				if v.Parent() == ix.Syms.PkgScope || len(ix.Assigns[v]) != 1 || !ix.localReadThrough(v) {
					return false
				}
			}
		case *ast.ExprStmt:
		default:
			return false
		}
	}
	return calls > 0
}

// localReadThrough reports whether every use of the local v reads
// through it (readsThrough).
func (ix *Detection) localReadThrough(v *types.Var) bool {
	fn := ix.funcAt(v.Pos())
	if fn == nil {
		return false
	}
	for cur := range fn.cur.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if ix.Pass.TypesInfo.Uses[id] == v && !ix.readsThrough(cur) {
			return false
		}
	}
	return true
}

// readsThrough reports whether the pointer at cur is only read through:
// a field of what it points to is read, or a pointer, interface, channel
// or function held there is used, and nothing is assigned, incremented or
// addressed through it, nor a method with a pointer receiver called on a
// value held in it.
func (ix *Detection) readsThrough(cur inspector.Cursor) bool {
	info := ix.Pass.TypesInfo
	for first := true; ; first = false {
		sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != cur.Node() {
			// The pointer itself, handed on or compared; or a struct
			// held in the variable, copied where it is used.
			return !first && !assignedOrAddressed(cur)
		}
		s, ok := info.Selections[sel]
		if !ok {
			return false
		}
		if s.Kind() == types.MethodVal {
			_, ptr := s.Obj().(*types.Func).Signature().Recv().Type().Underlying().(*types.Pointer)
			return !ptr
		}
		cur = cur.Parent()
		switch info.TypeOf(sel).Underlying().(type) {
		case *types.Pointer, *types.Interface, *types.Chan, *types.Signature:
			// What the field holds is used: the variable's own
			// memory is only read, unless the field is written.
			return !assignedOrAddressed(cur)
		case *types.Struct:
			continue // a field of a field: up one more
		case *types.Map, *types.Slice:
			return false // its elements may be written through it
		}
		return !assignedOrAddressed(cur)
	}
}

// assignedOrAddressed reports whether the expression at cur is assigned,
// incremented, or has its address taken.
func assignedOrAddressed(cur inspector.Cursor) bool {
	e := cur.Node()
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		return slices.Contains(p.Lhs, e.(ast.Expr))
	case *ast.IncDecStmt:
		return true
	case *ast.UnaryExpr:
		return p.Op == token.AND
	case *ast.RangeStmt:
		return p.Key == e || p.Value == e
	}
	return false
}

// FilledBy reports whether call, handed arg, is of a function of the
// module that sets fields of what it is given there (InputFill).
func (ix *Detection) FilledBy(call *ast.CallExpr, arg ast.Node) bool {
	_, _, ok := ix.fillOf(call, arg)
	return ok
}

// fillOf returns what the callee of call does to its argument arg, when
// it only sets its fields (fillsInput, or the fact of another package's).
func (ix *Detection) fillOf(call *ast.CallExpr, arg ast.Node) (InputFill, *types.Func, bool) {
	callee, isFunc := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Func)
	if !isFunc || callee.Signature().Variadic() {
		return InputFill{}, nil, false
	}
	i := slices.Index(call.Args, arg.(ast.Expr))
	if i < 0 || i >= callee.Signature().Params().Len() {
		return InputFill{}, nil, false
	}
	if callee.Pkg() == ix.Pass.Pkg {
		fn := ix.Decls[callee.Origin()]
		if fn == nil {
			return InputFill{}, nil, false
		}
		f, ok := ix.fillsInput(fn, callee.Origin().Signature().Params().At(i))
		return f, callee, ok
	}
	f := ix.anyFact(callee)
	if f == nil {
		return InputFill{}, nil, false
	}
	k := slices.IndexFunc(f.FillsInput, func(x InputFill) bool { return x.Param == i })
	if k < 0 {
		return InputFill{}, nil, false
	}
	return f.FillsInput[k], callee, true
}
