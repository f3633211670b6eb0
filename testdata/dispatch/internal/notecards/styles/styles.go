// Package styles draws cards: one style builds its template from what its
// value holds, the other from constants only.
package styles

import (
	"regexp"
	"strings"
	"text/template"
)

// Signed signs each card with its author.
type Signed struct{ Author string }

// Draw implements card.Drawer.
func (s Signed) Draw(text string) (string, error) {
	t, err := template.New("card").Parse("{{.}} -- " + s.Author) // EXPECT: parsed from a receiver main built once
	if err != nil {
		return "", err
	}
	var b strings.Builder
	err = t.Execute(&b, text)
	return b.String(), err
}

// Stamped stamps each card with its sender.
type Stamped struct{ Sender string }

// Draw implements card.Drawer.
func (s Stamped) Draw(text string) (string, error) {
	t, err := template.New("card").Parse("[" + s.Sender + "] {{.}}")
	if err != nil {
		return "", err
	}
	var b strings.Builder
	err = t.Execute(&b, text)
	return b.String(), err
}

// Plain draws the text with its spaces squeezed.
type Plain struct{ Width int }

// Draw implements card.Drawer.
func (p Plain) Draw(text string) (string, error) {
	return regexp.MustCompile(`\s+`).ReplaceAllString(text, " "), nil // EXPECT: a constant pattern compiled whatever the receiver holds
}
