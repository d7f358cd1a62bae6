package token

import (
	"io"
	"net/http"
)

// msiEndpoint was the VM extension: "http://localhost:50342/oauth2/token"
const msiEndpoint = "http://localhost:50342/oauth2/token?resource=https%3A%2F%2Fmanagement.azure.com%2F"

func Fetch() ([]byte, error) {
	req, err := http.NewRequest("GET", msiEndpoint, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Add("Metadata", "true")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
