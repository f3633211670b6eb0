package detect

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Reach records how a function of the per-invocation region is reached.
type Reach struct {
	Fn      *FuncNode
	Handler *Handler
	Via     *Reach // the caller; nil for a root
}

// Chain names the declared functions between the handler and r, for
// messages: "loadUser → getClient". Literals run inline and are left out.
// A chain of more than two calls names its first and last and its depth,
// "loadUser → … → getClient, 5 calls deep": the message stays one line
// however deep the helpers go.
func (r *Reach) Chain() string {
	var first, last string
	depth := 0
	for x := r; x != nil && x.Via != nil; x = x.Via {
		if x.Fn.Decl != nil {
			if last == "" {
				last = x.Fn.Name()
			}
			first = x.Fn.Name()
			depth++
		}
	}
	switch depth {
	case 0:
		return ""
	case 1:
		return first
	case 2:
		return first + " → " + last
	}
	return fmt.Sprintf("%s → … → %s, %d calls deep", first, last, depth)
}

// region returns the functions that run on each invocation of the
// handlers: their roots, the literals those run, and the functions of this
// package they call, transitively, except through the calls that move whole (see
// moveHelperCalls). Each function belongs to the first handler that reaches
// it. The result is in breadth-first order.
func (ix *Detection) region(hs []*Handler, moved map[*ast.CallExpr]*Candidate) []*Reach {
	seen := map[*FuncNode]bool{}
	var order []*Reach
	routesAdded := false // the routes, once added, are seen
	for _, h := range hs {
		queue := make([]*Reach, 0, len(h.Roots))
		for _, root := range h.Roots {
			if !seen[root] && !root.onceLit {
				seen[root] = true
				queue = append(queue, &Reach{Fn: root, Handler: h})
			}
		}
		for len(queue) > 0 {
			r := queue[0]
			queue = queue[1:]
			order = append(order, r)
			next := func(fn *FuncNode) {
				// A literal a Once of the program runs (sync.OnceValues
				// made in main) runs once, whoever calls its Once.
				if fn != nil && !seen[fn] && !fn.onceLit {
					seen[fn] = true
					queue = append(queue, &Reach{Fn: fn, Handler: h, Via: r})
				}
			}
			for _, lit := range r.Fn.lits {
				next(lit)
			}
			skip := movedCallsOf(r.Fn, moved)
			for _, callee := range r.Fn.calls {
				if skip[callee] > 0 {
					skip[callee]-- // this reference is a call that moves whole
					continue
				}
				next(ix.Decls[callee])
			}
			for _, adapter := range r.Fn.proxies {
				res := &resolver{ix: ix, seen: map[types.Object]bool{}}
				roots, _ := res.resolve(adapter)
				for _, root := range roots {
					next(root)
				}
			}
			if len(r.Fn.proxies) > 0 && !routesAdded {
				routesAdded = true
				// The routes this package registers on any router, also
				// through a field or a function the resolver does not
				// follow: an adapter serves them all.
				for _, root := range ix.localRoutes() {
					next(root)
				}
				for _, root := range ix.routeCallbacks() {
					next(root)
				}
			}
			// What its calls through interfaces and function values run,
			// in this package (program.go).
			for _, t := range ix.localTargets(r.Fn) {
				next(t)
			}
		}
	}
	return order
}

// regionParams returns the parameters of the region's functions, values
// that change from one invocation to the next, and the receivers of its
// methods, built once before the runtime loop starts.
func (ix *Detection) regionParams(region []*Reach) (params, recvs map[*types.Var]bool) {
	params, recvs = map[*types.Var]bool{}, map[*types.Var]bool{}
	add := func(fl *ast.FieldList, set map[*types.Var]bool) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			for _, n := range f.Names {
				if v, ok := ix.Pass.TypesInfo.Defs[n].(*types.Var); ok {
					set[v] = true
				}
			}
		}
	}
	for _, r := range region {
		if sig := r.Fn.sig; sig != nil {
			// A declaration's signature holds the variables its
			// parameter names declare: no lookup of each name.
			for v := range sig.Params().Variables() {
				params[v] = true
			}
			if recv := sig.Recv(); recv != nil {
				recvs[recv] = true
			}
			continue
		}
		add(r.Fn.FuncType().Params, params)
		if r.Fn.Decl != nil {
			add(r.Fn.Decl.Recv, recvs)
		}
	}
	return params, recvs
}

// movedCallsOf counts, per callee, the moved calls of fn.
func movedCallsOf(fn *FuncNode, moved map[*ast.CallExpr]*Candidate) map[*types.Func]int {
	if len(moved) == 0 {
		return nil
	}
	var n map[*types.Func]int
	for _, site := range fn.sites {
		if moved[site.call] != nil {
			if n == nil {
				n = map[*types.Func]int{}
			}
			n[site.callee]++
		}
	}
	return n
}
