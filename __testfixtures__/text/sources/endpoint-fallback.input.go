package identity

import "os"

var tokenEndpoint = os.Getenv("MSI_ENDPOINT")

func init() {
	if tokenEndpoint == "" {
		tokenEndpoint = "http://localhost:50342/oauth2/token"
	}
}
