// Package analyzer defines an Analyzer that reports the Init-phase work an
// AWS Lambda handler repeats on every invocation.
//
// # Analyzer lambdainit
//
// lambdainit: check for Init work repeated on every Lambda invocation
//
// A Lambda execution environment runs the code outside the handler once (the
// Init phase) and the handler on every invocation. A client built inside the
// handler reloads the shared config, resolves credentials again and opens a
// new connection pool, so every invocation pays a fresh TLS handshake.
//
// lambdainit finds handlers through the types of the calls that register
// them (lambda.Start and its variants, lambdaurl, handler values that
// implement lambda.Handler or http.Handler, factories and wrappers, and
// functions marked //lambdainit:handler), follows the functions of the same
// package that they call, and reports, by category (the diagnostic's
// Category; -checks selects them):
//
//   - client: AWS SDK clients built on every invocation
//   - config: SDK configuration loaded on every invocation
//   - params: constant SDK request inputs rebuilt on every invocation
//   - resource: other expensive resources built on every invocation
//   - fetch: the same secret or parameter fetched on every invocation
//
// Each category is documented, with code before and after the fix, at
// https://github.com/lambdainit/lambdainit#checks, and its diagnostics link
// to its own section there.
//
// WRONG:
//
//	func handler(ctx context.Context) (Response, error) {
//		cfg, err := config.LoadDefaultConfig(ctx)
//		if err != nil {
//			return Response{}, err
//		}
//		client := dynamodb.NewFromConfig(cfg)
//		out, err := client.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String("items")})
//		...
//	}
//
// RIGHT:
//
//	var client *dynamodb.Client
//
//	func init() {
//		cfg, err := config.LoadDefaultConfig(context.Background())
//		if err != nil {
//			log.Fatalf("unable to load SDK config: %v", err)
//		}
//		client = dynamodb.NewFromConfig(cfg)
//	}
//
// Code at package level, in init, in main before the Start call, in a
// handler factory, stored on a handler struct, inside sync.Once,
// sync.OnceFunc, sync.OnceValue(s), or behind a nil check of a value that
// outlives the invocation is not reported. Nor is anything that depends on
// the event or on other per-invocation values, inputs the SDK writes into,
// waiters, presigned requests and RDS auth tokens, generated files and
// test files.
package analyzer
