// Package ctl registers controllers by the interface they implement: the
// route is a method value of the interface.
package ctl

import (
	"net/http"
	"regexp"

	"github.com/go-chi/chi/v5"
)

// Controller handles the sign-up form.
type Controller interface {
	SignUp(w http.ResponseWriter, r *http.Request)
}

type strict struct{}

// SignUp checks the address with a pattern it compiles on every request.
func (strict) SignUp(w http.ResponseWriter, r *http.Request) {
	ok := regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`).MatchString(r.FormValue("email")) // EXPECT: compiled on every request the interface's method value serves
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
	}
}

var emailRE = regexp.MustCompile(`^[^@\s]+@[^@\s]+$`)

type lenient struct{}

// SignUp checks the address with the pattern compiled once.
func (lenient) SignUp(w http.ResponseWriter, r *http.Request) {
	if !emailRE.MatchString(r.FormValue("email")) {
		w.WriteHeader(http.StatusBadRequest)
	}
}

// Strict is the controller that validates strictly.
func Strict() Controller { return strict{} }

// Lenient is the controller that validates loosely.
func Lenient() Controller { return lenient{} }

// Mount registers c's method on r.
func Mount(r chi.Router, c Controller) {
	r.Post("/signup", c.SignUp)
}
