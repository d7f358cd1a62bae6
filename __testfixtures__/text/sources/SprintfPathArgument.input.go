package identity

import (
	"fmt"
	"net/http"
)

const identityPort = 50342

// tokenRequest builds the request; the path is a separate argument of the format call.
func tokenRequest(resource string) (*http.Request, error) {
	endpoint := fmt.Sprintf("http://localhost:%d%s", identityPort, "/oauth2/token")
	req, err := http.NewRequest(http.MethodGet, endpoint+"?resource="+resource, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Metadata", "true")
	return req, nil
}
