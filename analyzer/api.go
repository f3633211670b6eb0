package analyzer

import "github.com/lambdainit/lambdainit/analyzer/internal/config"

// Config holds the analyzer's settings. The same struct backs the command
// line flags and the golangci-lint plugin settings (whose unknown keys are
// rejected).
type Config = config.Config

// Kind is the category of a finding; it is the diagnostic's Category.
type Kind = config.Kind

// The kinds of findings (see [config.Kind] for each).
const (
	KindClient   = config.KindClient
	KindConfig   = config.KindConfig
	KindParams   = config.KindParams
	KindResource = config.KindResource
	KindFetch    = config.KindFetch
)

// AllKinds lists every kind in the order the documentation uses.
var AllKinds = config.AllKinds

// Landing is a place a fix can prefer for the code it moves.
type Landing = config.Landing

// The landing places a fix can prefer.
const (
	LandingInit = config.LandingInit
	LandingMain = config.LandingMain
	LandingLazy = config.LandingLazy
)

// CheckDoc is the documentation of one kind of finding. The analyzer's Doc
// (and so -help) and the README's checks section are generated from it.
type CheckDoc = config.CheckDoc

// Checks documents every kind, in AllKinds order.
var Checks = config.Checks

// ChecksMarkdown renders the README's checks section.
func ChecksMarkdown() string { return config.ChecksMarkdown() }
