package main

import (
	"encoding/json"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/lambdainit/lambdainit/analyzer"
)

// SARIF 2.1.0, the subset lambdainit writes: one run, a rule per check with
// its documentation, a result per finding with its related locations, and
// its fix as replacements.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string       `json:"id"`
		ShortDescription sarifMessage `json:"shortDescription"`
		FullDescription  sarifMessage `json:"fullDescription"`
		HelpURI          string       `json:"helpUri"`
		Help             sarifMessage `json:"help"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID           string          `json:"ruleId"`
		Level            string          `json:"level"`
		Message          sarifMessage    `json:"message"`
		Locations        []sarifLocation `json:"locations"`
		RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
		Fixes            []sarifFix      `json:"fixes,omitempty"`
	}
	sarifLocation struct {
		ID               *int                  `json:"id,omitempty"`
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifMessage         `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifFix struct {
		Description     sarifMessage          `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifact      `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifByteRegion `json:"deletedRegion"`
		InsertedContent *sarifContent   `json:"insertedContent,omitempty"`
	}
	sarifByteRegion struct {
		ByteOffset int `json:"byteOffset"`
		ByteLength int `json:"byteLength"`
	}
	sarifContent struct {
		Text string `json:"text"`
	}
)

// writeSARIF writes the findings as a SARIF 2.1.0 log for GitHub code
// scanning: paths relative to the working directory (run it from the
// repository's root), rule ids by check, help links to each check's
// documentation.
func writeSARIF(w io.Writer, found []finding) error {
	a := analyzer.Analyzer
	driver := sarifDriver{Name: "lambdainit", Version: moduleVersion(), InformationURI: a.URL}
	for _, c := range analyzer.Checks {
		driver.Rules = append(driver.Rules, sarifRule{
			ID:               string(c.Kind),
			ShortDescription: sarifMessage{c.Title},
			FullDescription:  sarifMessage{c.Why},
			HelpURI:          a.URL + "#" + string(c.Kind),
			Help:             sarifMessage{c.Why + "\n\nFix: " + c.Fix},
		})
	}
	results := []sarifResult{}
	for _, f := range found {
		r := sarifResult{
			RuleID:    f.d.Category,
			Level:     "warning",
			Message:   sarifMessage{f.d.Message},
			Locations: []sarifLocation{{PhysicalLocation: f.location(f.d.Pos, f.d.End)}},
		}
		for i, rel := range f.d.Related {
			id := i + 1
			r.RelatedLocations = append(r.RelatedLocations, sarifLocation{
				ID: &id, PhysicalLocation: f.location(rel.Pos, rel.End), Message: &sarifMessage{rel.Message},
			})
		}
		for _, fix := range f.d.SuggestedFixes[:min(1, len(f.d.SuggestedFixes))] {
			sf := sarifFix{Description: sarifMessage{fix.Message}}
			byFile := map[string]int{}
			for _, e := range fix.TextEdits {
				tf := f.fset.File(e.Pos)
				name := uri(tf.Name())
				i, ok := byFile[name]
				if !ok {
					i = len(sf.ArtifactChanges)
					byFile[name] = i
					sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{ArtifactLocation: sarifArtifact{name}})
				}
				end := e.End
				if !end.IsValid() {
					end = e.Pos
				}
				rep := sarifReplacement{DeletedRegion: sarifByteRegion{tf.Offset(e.Pos), tf.Offset(end) - tf.Offset(e.Pos)}}
				if len(e.NewText) > 0 {
					rep.InsertedContent = &sarifContent{string(e.NewText)}
				}
				sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements, rep)
			}
			r.Fixes = append(r.Fixes, sf)
		}
		results = append(results, r)
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{driver}, ColumnKind: "unicodeCodePoints", Results: results}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// location is where [pos, end) lies, its columns counted in Unicode code
// points (the run's columnKind).
func (f finding) location(pos, end token.Pos) sarifPhysicalLocation {
	start := f.posn(pos)
	r := sarifRegion{StartLine: start.Line, StartColumn: column(start)}
	if end.IsValid() {
		e := f.posn(end)
		r.EndLine, r.EndColumn = e.Line, column(e)
	}
	return sarifPhysicalLocation{ArtifactLocation: sarifArtifact{uri(start.Filename)}, Region: r}
}

// uri is a file's path relative to the working directory, with slashes.
func uri(name string) string { return filepath.ToSlash(relPath(name)) }

// column converts a position's byte column to a count of code points.
func column(p token.Position) int {
	src, err := readCached(p.Filename)
	if err != nil || p.Offset > len(src) || p.Column-1 > p.Offset {
		return p.Column
	}
	return utf8.RuneCount(src[p.Offset-(p.Column-1):p.Offset]) + 1
}

var sources = map[string][]byte{}

func readCached(name string) ([]byte, error) {
	if src, ok := sources[name]; ok {
		return src, nil
	}
	src, err := os.ReadFile(name)
	if err == nil {
		sources[name] = src
	}
	return src, err
}
