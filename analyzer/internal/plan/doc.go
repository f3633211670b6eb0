// Package plan decides, for the findings of each function, what moves out
// of the handler and where it lands (a package variable, init, main before
// the Start call, or lazily on the first invocation), or why it cannot move
// safely; the hoist package writes the edits. Planning reads the detection's
// Result and keeps the caches of its own questions in a planner.
package plan
