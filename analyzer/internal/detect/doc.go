// Package detect finds the Init work a package's Lambda handlers repeat on
// every invocation. Detect runs its steps in order on one pass: one
// traversal into a read-only index (functions, calls, assignments,
// registrations, candidate constructions, run-once ranges), the handlers
// (registrations, wrappers, routers, factories, the directive, shapes),
// the facts the package exports for the packages that call it, the region
// that runs on every invocation, the invariance of its expressions, and the
// findings, with suppression applied. It hands planning a Result: the
// index with the answers and caches of detection (Detection), the
// invariance of the region, the handlers and the findings in source order.
package detect
