package links

import (
	"net/http"
	"regexp"

	"github.com/gorilla/mux"
)

type Handlers struct {
	BaseURL string
	Targets map[string]string
}

func (h Handlers) Resolve(w http.ResponseWriter, r *http.Request) {
	code := mux.Vars(r)["code"]
	valid := regexp.MustCompile(`^[A-Za-z0-9]{6,10}$`) // EXPECT: regexp.MustCompile on constant per request (method value route)
	if !valid.MatchString(code) {
		http.NotFound(w, r)
		return
	}
	target, ok := h.Targets[code]
	if !ok {
		target = h.BaseURL
	}
	http.Redirect(w, r, target, http.StatusFound)
}

func (h Handlers) Health(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusOK)
}
