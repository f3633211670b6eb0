package hoist

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"testing"

	"github.com/lambdainit/lambdainit/internal/fixcheck"
	"golang.org/x/tools/go/analysis"
)

// lineLocalSources are gofmt-clean functions without comments, in the
// shapes whose statements fixes remove: blank lines around them,
// multi-line literals with aligned keys, blocks.
var lineLocalSources = []string{`package p

func handler(ctx context.Context, req Request) (Response, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return Response{StatusCode: 500}, err
	}

	svc := dynamodb.NewFromConfig(cfg)
	params := &dynamodb.ScanInput{
		TableName:      aws.String("t"),
		ConsistentRead: aws.Bool(true),
	}

	out, err := svc.Scan(ctx, params)
	if err != nil {
		return Response{StatusCode: 500}, err
	}
	return Response{StatusCode: 200, Body: fmt.Sprint(out.Count)}, nil
}
`, `package p

func handler(ctx context.Context) error {

	q := sqs.New(sqs.Options{Region: "eu-west-1"})

	x := T{
		A:    q,
		Long: 2,
	}

	for _, r := range rs {
		_ = r
	}

	return use(q, x)

}
`}

// TestLineLocalAgreesWithGofmt checks the fast path of formatEdits: for
// every removal of one or two top-level statements, with or without an
// inserted line, and every in-line rename, that lineLocal (and no two
// blank lines in a row) accepts, gofmt changes nothing. Removing a line of
// a multi-line literal, whose keys gofmt aligns, and any edit of a
// function with comments, take the slow path.
func TestLineLocalAgreesWithGofmt(t *testing.T) {
	checked := 0
	for _, src := range lineLocalSources {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		tf := fset.File(f.FileStart)
		fn := f.Decls[0].(*ast.FuncDecl)
		from, to := lineStartOff([]byte(src), tf.Offset(fn.Pos())), lineEndOff([]byte(src), tf.Offset(fn.End()))
		// Whole lines of each top-level statement, and an inserted call.
		var lines []analysis.TextEdit
		for _, st := range fn.Body.List {
			s, e := lineStartOff([]byte(src), tf.Offset(st.Pos())), lineEndOff([]byte(src), tf.Offset(st.End()))
			lines = append(lines, analysis.TextEdit{Pos: tf.Pos(s), End: tf.Pos(e)})
		}
		insert := analysis.TextEdit{Pos: lines[0].Pos, End: lines[0].Pos, NewText: []byte("\tinitHandler()\n")}
		var sets [][]analysis.TextEdit
		for i := range lines {
			sets = append(sets, []analysis.TextEdit{lines[i]}, []analysis.TextEdit{insert, lines[i]})
			for j := i + 1; j < len(lines); j++ {
				sets = append(sets, []analysis.TextEdit{lines[i], lines[j]})
			}
		}
		// In-line renames of every identifier, keys of aligned literals
		// included (a local used as a map key is renamed by a fix).
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				sets = append(sets, []analysis.TextEdit{{Pos: id.Pos(), End: id.End(), NewText: []byte("aMuchLongerPackageLevelName")}})
			}
			return true
		})
		// A line inside the multi-line literal: not whole statements.
		for _, st := range fn.Body.List {
			if as, ok := st.(*ast.AssignStmt); ok {
				if lit, ok := ast.Unparen(as.Rhs[0]).(*ast.CompositeLit); ok && len(lit.Elts) > 1 {
					s := lineStartOff([]byte(src), tf.Offset(lit.Elts[1].Pos()))
					e := lineEndOff([]byte(src), tf.Offset(lit.Elts[1].End()))
					sets = append(sets, []analysis.TextEdit{{Pos: tf.Pos(s), End: tf.Pos(e)}})
				}
			}
		}
		for _, edits := range sets {
			local := make([]fixcheck.Edit, len(edits))
			for i, e := range edits {
				local[i] = fixcheck.Edit{Start: tf.Offset(e.Pos) - from, End: tf.Offset(e.End) - from, New: string(e.NewText)}
			}
			changed, err := fixcheck.Apply([]byte(src[from:to]), local)
			if err != nil {
				t.Fatal(err)
			}
			if !lineLocal(f, tf, []byte(src), from, to, edits) || bytes.Contains(changed, []byte("\n\n\n")) {
				continue
			}
			checked++
			formatted, err := format.Source(changed)
			if err != nil {
				continue // the edit broke the syntax: not a fix
			}
			if !bytes.Equal(formatted, changed) {
				t.Errorf("the fast path keeps text gofmt changes:\n%s\ngofmt:\n%s", changed, formatted)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d edit sets took the fast path", checked)
	}

	// Comments: always the slow path.
	src := "package p\n\nfunc h() {\n\ta := 1 // one\n\tbb := 2 // two\n\t_, _ = a, bb\n}\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	tf := fset.File(f.FileStart)
	fn := f.Decls[0].(*ast.FuncDecl)
	st := fn.Body.List[0]
	e := analysis.TextEdit{Pos: tf.Pos(lineStartOff([]byte(src), tf.Offset(st.Pos()))), End: tf.Pos(lineEndOff([]byte(src), tf.Offset(st.End())))}
	if lineLocal(f, tf, []byte(src), lineStartOff([]byte(src), tf.Offset(fn.Pos())), len(src), []analysis.TextEdit{e}) {
		t.Errorf("lineLocal accepts an edit of a function with comments")
	}
}
