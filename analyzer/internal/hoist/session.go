package hoist

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"

	"golang.org/x/tools/go/analysis"
)

// Session writes the fixes of one pass. What one fix may leave out depends
// on the other fixes of its file (see Prepare), and the names fixes take
// must not collide when drivers apply several, so the moves of a package
// go through one session.
type Session struct {
	pass     *analysis.Pass
	reserved map[string]bool
	names    *namer
	files    map[*ast.File]*fileState
	nameFor  func(types.Type) string
	verify   func(src, fast, gofmt []byte) // see VerifyFastFormat
	// shared holds the files where a fix carries declarations of
	// another (see Fixes); apart, those whose fixes declare before their
	// own function.
	shared, apart map[*ast.File]bool
	// uses are the uses of every import name of the package (see
	// fileState.pkgUses), read when first needed.
	uses map[*types.PkgName][]*ast.Ident
}

// Written is the fix of one move: its edits and title, or why there is none.
type Written struct {
	Edits []analysis.TextEdit
	Title string
	Err   error
}

// NewSession starts the fixes of a pass. reserved are package-level names
// declared where the pass does not see them (test files); nameFor names a
// package variable for what it holds.
func NewSession(pass *analysis.Pass, reserved map[string]bool, nameFor func(types.Type) string) *Session {
	s := &Session{pass: pass, reserved: reserved, files: map[*ast.File]*fileState{}, nameFor: nameFor, shared: map[*ast.File]bool{}}
	s.names = s.newNamer()
	return s
}

// VerifyFastFormat is for tests: the declarations a fix inserts are then
// formatted with go/format too, and where fastFormat took its fast path,
// verify gets the input and both results. It is called from the goroutine
// of the pass, which drivers run side by side with others.
func (s *Session) VerifyFastFormat(verify func(src, fast, gofmt []byte)) {
	s.verify = verify
}

func (s *Session) newNamer() *namer {
	n := newNamer(s.pass)
	for name := range s.reserved {
		n.taken[name] = true
		n.pkgNames[name] = true
	}
	return n
}

// Fixes writes the fix of each move, in order.
//
// The declarations of every fix of a file go at one point, after the
// package's variables (Move.InsertPos), where drivers that apply several
// fixes keep their order. One exception: fixes that share declarations
// carry them byte for byte, and golangci-lint, which concatenates the
// edits of all fixes and drops only a duplicate next to its twin, would
// declare them twice when another fix's declarations come between. In a
// file where fixes share, each fix declares before its own function
// (Move.OwnPos), where only its sharers' copies meet it.
func (s *Session) Fixes(moves []*Move) []Written {
	failed := s.Prepare(moves)
	out := s.fixes(moves, failed)
	if len(s.shared) > 0 {
		s.apart, s.shared = s.shared, map[*ast.File]bool{}
		inits := s.names.inits
		s.names = s.newNamer()
		s.names.inits = inits
		out = s.fixes(moves, failed)
	}
	return out
}

func (s *Session) fixes(moves []*Move, failed map[*Move]error) []Written {
	out := make([]Written, len(moves))
	for i, m := range moves {
		if err := failed[m]; err != nil {
			out[i].Err = err
			continue
		}
		out[i].Edits, out[i].Title, out[i].Err = s.Fix(m)
	}
	return out
}

// Prepare reads the files of the moves and decides, for each move, which
// packages its fix must keep using (Move.Keep). It returns the moves whose
// file could not be read, with the error.
func (s *Session) Prepare(moves []*Move) map[*Move]error {
	failed := map[*Move]error{}
	byFile := map[*fileState][]*Move{}
	var order []*fileState
	for _, m := range moves {
		if m.Landing == Init {
			s.names.inits++
		}
		file := code.FileOf(s.pass, m.Body)
		fs := s.files[file]
		if fs == nil {
			var err error
			if fs, err = newFileState(s.pass, file, &s.uses); err != nil {
				failed[m] = err
				continue
			}
			s.files[file] = fs
			order = append(order, fs)
		}
		m.file = fs
		if m.Landing == Init {
			fs.inits++
		}
		byFile[fs] = append(byFile[fs], m)
	}
	for _, fs := range order {
		keepAlive(fs, byFile[fs])
	}
	return failed
}

// keepAlive finds, for each move of a file, the packages its fix must keep
// using. A fix replaces the body of each error check it moves into init
// with one log.Fatalf, and removes the imports that only those bodies used.
// A package whose every use in the file lies in such bodies, but not all
// in one fix's, would be left imported and unused by those fixes applied
// together, though by none alone: each of them keeps its use instead.
func keepAlive(fs *fileState, ms []*Move) {
	info := fs.pass.TypesInfo
	replaced := make([][]ast.Node, len(ms))
	for i, m := range ms {
		if m.Landing == Lazy {
			continue // the handler keeps its checks
		}
		for idx := range m.Checks {
			body := m.Body.List[idx].(*ast.IfStmt).Body.List
			if code.OnlyExits(info, body) {
				continue // moves as it is
			}
			for _, st := range body {
				replaced[i] = append(replaced[i], st)
			}
		}
	}
	var all []ast.Node
	for _, nodes := range replaced {
		all = append(all, nodes...)
	}
	if len(all) == 0 {
		return // no check's body is replaced: every use stays
	}
	anyReplaced := code.SpansOf(all)
	for _, spec := range fs.file.Imports {
		pn := info.PkgNameOf(spec)
		uses := fs.pkgUses()[pn]
		if pn == nil || len(uses) == 0 {
			continue
		}
		everywhere := true
		for _, u := range uses {
			if !anyReplaced.Has(u.Pos()) {
				everywhere = false
				break
			}
		}
		if !everywhere {
			continue
		}
		for i, m := range ms {
			some, all := false, true
			for _, u := range uses {
				if within(u.Pos(), replaced[i]) {
					some = true
				} else {
					all = false
				}
			}
			if some && !all {
				if m.Keep == nil {
					m.Keep = map[*types.PkgName]bool{}
				}
				m.Keep[pn] = true
			}
		}
	}
}

// fileState is what the fixes of one file share, computed once.
type fileState struct {
	pass *analysis.Pass
	file *ast.File
	src  []byte
	uses *map[*types.PkgName][]*ast.Ident // the session's, for every file
	// imports are the names of the file's own imports (newFileImports).
	imports *importNames
	// inits counts the moves of the file that land in init: only one may
	// join the file's own init (see joinableInit).
	inits int
}

func newFileState(pass *analysis.Pass, file *ast.File, uses *map[*types.PkgName][]*ast.Ident) (*fileState, error) {
	tf := pass.Fset.File(file.FileStart)
	src, err := pass.ReadFile(tf.Name())
	if err != nil {
		return nil, err
	}
	if len(src) != tf.Size() {
		// The file changed since it was parsed (an editor's unsaved
		// buffer, a file written meanwhile): offsets would not match.
		return nil, fmt.Errorf("%s changed since it was parsed", filepath.Base(tf.Name()))
	}
	return &fileState{pass: pass, file: file, src: src, uses: uses}, nil
}

// pkgUses returns the uses of each imported package name. An
// import's name belongs to its file's scope, so the uses of the package's
// names, read once from the type checker's record of every use, are those
// of the file's names: no walk of the file.
//
// The identifiers, not their positions: reading each one's position would
// visit every qualified identifier of the package, where the callers stop
// at the first use that stays.
func (fs *fileState) pkgUses() map[*types.PkgName][]*ast.Ident {
	if *fs.uses == nil {
		*fs.uses = map[*types.PkgName][]*ast.Ident{}
		for id, obj := range fs.pass.TypesInfo.Uses {
			if pn, ok := obj.(*types.PkgName); ok {
				(*fs.uses)[pn] = append((*fs.uses)[pn], id)
			}
		}
	}
	return *fs.uses
}
