import urllib3

pool = urllib3.PoolManager()

def token(resource):
    r = pool.request_encode_url("GET", "http://localhost:50342/oauth2/token", fields={"resource": resource},
                                headers={"Metadata": "true"}, timeout=5.0)
    return r.json()["access_token"]
