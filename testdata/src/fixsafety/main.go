// Package fixsafety holds handlers whose work looks movable but whose moved
// value the handler changes or ends later: sharing it between invocations
// would leak one invocation's changes into the next, or hand the next a
// closed resource. Each has a negative beside it that does move.
package main

import (
	"context"
	"database/sql"
	"io"
	"net/http"

	"example.com/dbutil"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"golang.org/x/net/http2"
)

type request struct{ Region string }

// reassigned replaces its client in a branch.
func reassigned(ctx context.Context, r request) error {
	c := s3.New(s3.Options{Region: "eu-west-1"}) // want `s3.New builds .* \(no automatic fix: c would be shared by every invocation, and reassigned assigns it again at line 26, on every invocation\)`
	if r.Region != "" {
		c = s3.New(s3.Options{Region: r.Region})
	}
	_ = c
	return nil
}

// fieldWritten sets a field of the config it loaded.
func fieldWritten(ctx context.Context, r request) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: cfg.Region is set from r.Region, which can change between invocations\)`
	if err != nil {
		return "", err
	}
	cfg.Region = r.Region
	return cfg.Region, nil
}

// configured hands its transport to http2.ConfigureTransport, which
// registers a protocol on it: the second invocation would fail.
func configured(ctx context.Context) error {
	tr := &http.Transport{MaxIdleConns: 10} // want `http.Transport\{…\} builds .* \(no automatic fix: tr would be shared by every invocation, and configured hands it to http2.ConfigureTransport, which may change it\)`
	if err := http2.ConfigureTransport(tr); err != nil {
		return err
	}
	_ = &http.Client{Transport: tr}
	return nil
}

// registered calls a method on its transport for its effect: the shared
// transport would register the protocol again on every invocation, and
// RegisterProtocol panics the second time.
func registered(ctx context.Context) error {
	tr := &http.Transport{MaxIdleConns: 10} // want `http.Transport\{…\} builds .* \(no automatic fix: tr would be shared by every invocation, and registered calls tr.RegisterProtocol at line \d+, which changes it, on every invocation\)`
	tr.RegisterProtocol("file", http.NewFileTransport(http.Dir("/tmp")))
	_ = &http.Client{Transport: tr}
	return nil
}

// cloned only reads its transport through a method whose result it uses.
func cloned(ctx context.Context) error {
	base := &http.Transport{MaxIdleConns: 10} // want `http.Transport\{…\} builds`
	_ = &http.Client{Transport: base.Clone()} // want `http.Transport.Clone builds a new HTTP transport`
	return nil
}

// tuned hands its transport to a function of this package that changes it.
func tuned(ctx context.Context) error {
	tr := &http.Transport{MaxIdleConns: 10} // want `http.Transport\{…\} builds .* \(no automatic fix: tr would be shared by every invocation, and tuned hands it to tune, which changes it\)`
	tune(tr)
	_ = &http.Client{Transport: tr}
	return nil
}

func tune(tr *http.Transport) { tr.MaxIdleConnsPerHost = 2 }

// inspected hands its transport to a function of this package that only
// reads it: it moves.
func inspected(ctx context.Context) error {
	tr := &http.Transport{MaxIdleConns: 20} // want `http.Transport\{…\} builds .*handler$`
	_ = idle(tr)
	return nil
}

func idle(tr *http.Transport) int { return tr.MaxIdleConns }

// closedQuietly closes its pool through a helper taking an io.Closer.
func closedQuietly(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/app") // want `sql.Open .* \(no automatic fix: db is ended by closeQuietly at line \d+ at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	defer closeQuietly(db)
	return db.PingContext(ctx)
}

func closeQuietly(c io.Closer) { _ = c.Close() }

// released closes its pool through a helper of this package.
func released(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/reports") // want `sql.Open .* \(no automatic fix: db is ended by release at line \d+ at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	defer release(db)
	return db.PingContext(ctx)
}

func release(db *sql.DB) { _ = db.Close() }

// pooled gets its pool from a helper and closes it: the call of the
// helper, which only opens the pool, is the finding, and cannot move.
func pooled(ctx context.Context) error {
	db, err := openPool() // want `openPool opens a new database connection pool \(sql.Open, main/main.go:126\) on every invocation of pooled; build it once outside the handler \(no automatic fix: db is closed at line \d+ at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	defer db.Close()
	return db.PingContext(ctx)
}

func openPool() (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/pool")
	if err != nil {
		return nil, err
	}
	return db, nil
}

// kept gets its pool from a helper and keeps it open: the call of the
// helper moves, and the helper stays as written.
func kept(ctx context.Context) error {
	db, err := sharedPool() // want `sharedPool opens a new database connection pool \(sql.Open, main/main.go:144\) on every invocation of kept; build it once outside the handler$`
	if err != nil {
		return err
	}
	return db.PingContext(ctx)
}

func sharedPool() (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/shared")
	if err != nil {
		return nil, err
	}
	return db, nil
}

func main() {
	lambda.Start(reassigned)
	lambda.Start(fieldWritten)
	lambda.Start(fieldWrittenLater)
	lambda.Start(fieldWrittenInLoop)
	lambda.Start(configured)
	lambda.Start(tuned)
	lambda.Start(registered)
	lambda.Start(cloned)
	lambda.Start(inspected)
	lambda.Start(closedQuietly)
	lambda.Start(released)
	lambda.Start(pooled)
	lambda.Start(kept)
	lambda.Start(regional)
	lambda.Start(regionalKept)
	lambda.Start(picked)
	lambda.Start(valued)
	lambda.Start(direct)
	lambda.Start(passed)
	lambda.Start(methodPool)
	lambda.Start(aliased)
	lambda.Start(wrapped)
	lambda.Start(wrappedOpen)
	lambda.Start(sent)
	lambda.Start(stored)
	lambda.Start(deferredElsewhere)
	lambda.Start(handedOut)
	lambda.Start(closedInLiteral)
	lambda.Start(closedByValue)
	lambda.Start(pinged)
	lambda.Start(releasedLater)
}

// fieldWrittenLater sets a field of its config only for some events.
func fieldWrittenLater(ctx context.Context, r request) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: cfg is set up when r.Region != "", which can change between invocations\)`
	if err != nil {
		return "", err
	}
	if r.Region != "" {
		cfg.Region = "eu-west-1"
	}
	return cfg.Region, nil
}

// fieldWrittenInLoop changes a field of its config in a loop over the event.
func fieldWrittenInLoop(ctx context.Context, r request) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: cfg would be shared by every invocation, and fieldWrittenInLoop changes a field or element of it at line \d+, on every invocation\)`
	if err != nil {
		return "", err
	}
	for range r.Region {
		cfg.Region += "x"
	}
	return cfg.Region, nil
}

// regional closes the pool a helper returns. The helper also reads the
// event, so its call stays in the handler; the pool it opens does not
// depend on the event, but moving it would hand every invocation after the
// first a pool regional has closed.
func regional(ctx context.Context, r request) error {
	db, err := regionPool(r.Region)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.PingContext(ctx)
}

func regionPool(region string) (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/regions") // want `sql.Open .* \(no automatic fix: regional calls db.Close on what regionPool returns at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return nil, err
	}
	if region == "" {
		return nil, sql.ErrConnDone
	}
	return db, nil
}

// regionalKept keeps the pool its helper returns open: the helper's pool
// moves.
func regionalKept(ctx context.Context, r request) error {
	db, err := keptRegionPool(r.Region)
	if err != nil {
		return err
	}
	return db.PingContext(ctx)
}

func keptRegionPool(region string) (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/kept") // want `sql.Open opens .* on every invocation of regionalKept \(via keptRegionPool\); create it once outside the handler$`
	if err != nil {
		return nil, err
	}
	if region == "" {
		return nil, sql.ErrConnDone
	}
	return db, nil
}

// picked closes what its helper returns, and the helper returns the shared
// pool through a function literal it calls: closing it closes the shared
// pool, so it cannot move either.
func picked(ctx context.Context, r request) error {
	db, err := pickPool(r.Region)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.PingContext(ctx)
}

func pickPool(region string) (*sql.DB, error) {
	shared, err := sql.Open("postgres", "postgres://app@db/picked") // want `sql.Open .* \(no automatic fix: picked calls db.Close on what pickPool returns at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return nil, err
	}
	pick := func(name string) (*sql.DB, error) {
		if name == "" {
			return shared, nil
		}
		return sql.Open("postgres", "postgres://app@db/"+name)
	}
	return pick(region)
}

// valued keeps its helper's pool open, but the helper is also a value of
// openers, whose callers are not all seen: one may close what it returns.
func valued(ctx context.Context, r request) error {
	db, err := valuePool(r.Region)
	if err != nil {
		return err
	}
	return db.PingContext(ctx)
}

var openers = map[string]func(string) (*sql.DB, error){"valued": valuePool}

func valuePool(region string) (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/valued") // want `sql.Open .* \(no automatic fix: valuePool is used as a value at line \d+, so not every caller of it is known, and one may close db; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return nil, err
	}
	if region == "" {
		return nil, sql.ErrConnDone
	}
	return db, nil
}

// direct closes the helper's result without naming it.
func direct(ctx context.Context, r request) error {
	defer directPool(r.Region).Close()
	return nil
}

func directPool(region string) *sql.DB {
	db, err := sql.Open("postgres", "postgres://app@db/direct") // want `sql.Open .* \(no automatic fix: line \d+ calls Close on what directPool returns; keeping it open is a decision to make, not a move\)`
	if err != nil || region == "" {
		return nil
	}
	return db
}

// passed gets its pool through a second helper that returns what the first
// returns, and closes it.
func passed(ctx context.Context, r request) error {
	db, err := passPool(r)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.PingContext(ctx)
}

func passPool(r request) (*sql.DB, error) { return innerPool(r.Region) }

func innerPool(region string) (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/inner") // want `sql.Open .* \(no automatic fix: line \d+ hands what innerPool returns on to where it may be closed; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return nil, err
	}
	if region == "" {
		return nil, sql.ErrConnDone
	}
	return db, nil
}

// methodPool gets its pool from a method, which a caller through an
// interface could call and close what it returns: the pool stays.
func methodPool(ctx context.Context, r request) error {
	db, err := pools{}.open(r.Region)
	if err != nil {
		return err
	}
	return db.PingContext(ctx)
}

type pools struct{}

func (pools) open(region string) (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/method") // want `sql.Open .* \(no automatic fix: pools.open returns db to its callers, and a caller through an interface may close it; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return nil, err
	}
	if region == "" {
		return nil, sql.ErrConnDone
	}
	return db, nil
}

// aliased closes its pool through another name.
func aliased(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/aliased") // want `sql.Open .* \(no automatic fix: aliased calls conn.Close at line \d+ on every invocation, and conn holds db; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	conn := db
	defer conn.Close()
	return db.PingContext(ctx)
}

// wrapped closes the repository its pool is wrapped in, which closes the
// pool.
func wrapped(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/wrapped") // want `sql.Open .* \(no automatic fix: wrapped calls repo.Close at line \d+ on every invocation, and repo holds db; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	repo := dbutil.NewRepo(db)
	defer repo.Close()
	return db.PingContext(ctx)
}

// wrappedOpen wraps its pool the same way and keeps the repository open,
// and closes only what the pool hands out (rows, a connection, a
// statement, a transaction's end): the pool moves.
func wrappedOpen(ctx context.Context) (int, error) {
	db, err := sql.Open("postgres", "postgres://app@db/wrappedopen") // want `sql.Open opens .* on every invocation of wrappedOpen; create it once outside the handler$`
	if err != nil {
		return 0, err
	}
	rows, err := db.QueryContext(ctx, "SELECT 1")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	stmt, err := db.PrepareContext(ctx, "SELECT 2")
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	repo := &dbutil.Repo{}
	_ = repo
	return dbutil.NewRepo(db).Count(), nil
}

var closer = make(chan *sql.DB, 1)

// sent hands its pool to a goroutine that closes what it receives.
func sent(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/sent") // want `sql.Open .* \(no automatic fix: sent sends db on a channel at line \d+ on every invocation, and the receiver may close it; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	defer func() { closer <- db }()
	return db.PingContext(ctx)
}

var open []*sql.DB

// stored keeps every pool it opens in a package variable, and closes the
// ones before.
func stored(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/stored") // want `sql.Open .* \(no automatic fix: stored stores db in open at line \d+ on every invocation, where other code may close it; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	open = append(open, db)
	for _, old := range open[:len(open)-1] {
		_ = old.Close()
	}
	return db.PingContext(ctx)
}

// deferredElsewhere closes its pool through a helper of another package.
func deferredElsewhere(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/elsewhere") // want `sql.Open .* \(no automatic fix: deferredElsewhere hands db to dbutil.CloseLogged, deferred at line \d+, which may close it at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	defer dbutil.CloseLogged(db)
	return db.PingContext(ctx)
}

// handedOut returns its pool inside a repository, which its caller closes.
func handedOut(ctx context.Context) error {
	repo, err := repoFor(ctx)
	if err != nil {
		return err
	}
	defer repo.Close()
	return nil
}

func repoFor(ctx context.Context) (*dbutil.Repo, error) {
	db, err := sql.Open("postgres", "postgres://app@db/handedout") // want `sql.Open .* \(no automatic fix: handedOut calls repo.Close on what repoFor returns at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return nil, err
	}
	if err := db.PingContext(ctx); err != nil {
		return nil, err
	}
	return dbutil.NewRepo(db), nil
}

// closedInLiteral closes its pool in a function literal it calls with it.
func closedInLiteral(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/literal") // want `sql.Open .* \(no automatic fix: closedInLiteral calls d.Close at line \d+ on every invocation, and d holds db; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	defer func() {
		func(d *sql.DB) { _ = d.Close() }(db)
	}()
	return db.PingContext(ctx)
}

// closedByValue takes its pool's Close as a value and calls it later.
func closedByValue(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/value") // want `sql.Open .* \(no automatic fix: closedByValue takes db.Close as a value at line \d+ on every invocation, which may be called at the end of it; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return err
	}
	cleanup := db.Close
	defer cleanup()
	return db.PingContext(ctx)
}

// pinged hands its pool to a function literal that only pings it: the
// pool moves.
func pinged(ctx context.Context) error {
	db, err := sql.Open("postgres", "postgres://app@db/pinged") // want `sql.Open opens .* on every invocation of pinged; create it once outside the handler$`
	if err != nil {
		return err
	}
	return func(d *sql.DB) error { return d.PingContext(ctx) }(db)
}

// releasedLater hands the pool its helper returns to a deferred helper
// that closes it.
func releasedLater(ctx context.Context, r request) error {
	db, err := laterPool(r.Region)
	if err != nil {
		return err
	}
	defer release(db)
	return db.PingContext(ctx)
}

func laterPool(region string) (*sql.DB, error) {
	db, err := sql.Open("postgres", "postgres://app@db/later") // want `sql.Open .* \(no automatic fix: releasedLater hands what laterPool returns to release, deferred, which may close it at the end of each invocation; keeping it open is a decision to make, not a move\)`
	if err != nil {
		return nil, err
	}
	if region == "" {
		return nil, sql.ErrConnDone
	}
	return db, nil
}
