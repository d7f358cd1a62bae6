package msi

import (
	"fmt"
	"net/http"
	"time"
)

const tokenURL = "http://localhost:50342/oauth2/token"

func Token(resource string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("%s?resource=%s", tokenURL, resource), nil)
	req.Header.Set("Metadata", "true")
	return (&http.Client{Timeout: 5 * time.Second}).Do(req)
}
