// Package port declares what the document API needs from the outside.
package port

import "context"

// URLSigner signs download links.
type URLSigner interface {
	Sign(ctx context.Context, documentID string) (string, error)
}

// Notifier tells another system about a document.
type Notifier interface {
	Notify(ctx context.Context, documentID string) error
}
