// Package card declares how a card is drawn.
package card

// Drawer draws a card.
type Drawer interface {
	Draw(text string) (string, error)
}
