package token

import "net/url"

func endpoint(resource string) string {
	u, _ := url.Parse(`http://localhost:50342/oauth2/token`)
	q := url.Values{}
	q.Set("resource", resource)
	u.RawQuery = q.Encode()
	return u.String()
}
