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

// TestFastFormat checks fastFormat against go/format on the shapes decls
// writes, and that it declines what it does not know.
func TestFastFormat(t *testing.T) {
	agree := []string{
		"var s3Client *s3.Client\n\nfunc init() {\ncfg, err := config.LoadDefaultConfig(context.Background())\nif err != nil {\nlog.Fatalf(\"unable to load SDK config: %v\", err)\n}\ns3Client = s3.NewFromConfig(cfg)\n}\n",
		"var (\ncfg aws.Config\ndynamodbClient *dynamodb.Client\né *T\n)\n\nvar (\ninitHandleMu sync.Mutex\ninitHandleDone bool\n)\n\n// initHandle runs what handle did on every invocation, until it succeeds once.\nfunc initHandle() error {\ninitHandleMu.Lock()\ndefer initHandleMu.Unlock()\nif initHandleDone {\nreturn nil\n}\nscanInput = &dynamodb.ScanInput{\n\t\tTableName: aws.String(\"t\"),\n\t}\n\nx := f(\n\t\ta,\n\t)\ninitHandleDone = true\nreturn nil\n}\n",
		"var (\na = sqs.New(sqs.Options{})\nlonger = regexp.MustCompile(\"^a$\")\n)\n",
		"var q *sqs.Client\n\n// initH runs, once, what h did on every invocation.\nvar initH = sync.OnceFunc(func() {\nq = queue(context.Background())\n})\n",
	}
	for _, src := range agree {
		got, ok := fastFormat([]byte(src))
		if !ok {
			t.Errorf("fastFormat declines\n%s", src)
			continue
		}
		want, err := format.Source([]byte("package p\n\n" + src))
		if err != nil {
			t.Fatal(err)
		}
		if want = bytes.TrimPrefix(want, []byte("package p\n\n")); !bytes.Equal(got, want) {
			t.Errorf("fastFormat gives\n%s\ngo/format gives\n%s", got, want)
		}
	}
	decline := []string{
		"func init() {\nx := 1 // a comment\n}\n",
		"var s = `raw`\n",
		"var (\na int\nb = 2\n)\n",
		"var (\nm map[string]int\nc chan int\n)\n",
		"var in = &dynamodb.ScanInput{\n\t\tTableName: aws.String(\"t\"),\n\t}\n",
		"func init() {\nx := 1 \n}\n",
		"func init() {\n",
	}
	for _, src := range decline {
		if _, ok := fastFormat([]byte(src)); ok {
			t.Errorf("fastFormat takes\n%s", src)
		}
	}
}
