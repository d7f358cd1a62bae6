package token

import (
	"fmt"
	"net/http"
)

const extensionPort = 50342

func Fetch(resource string) (*http.Response, error) {
	endpoint := fmt.Sprintf("http://localhost:%d/oauth2/token?resource=%s", extensionPort, resource)
	req, err := http.NewRequest(http.MethodGet, endpoint, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Metadata", "true")
	return http.DefaultClient.Do(req)
}
