package auth

import "fmt"

func tokenURL(srv *testServer) string {
	return fmt.Sprintf("http://localhost:%d/oauth2/token", srv.port)
}
