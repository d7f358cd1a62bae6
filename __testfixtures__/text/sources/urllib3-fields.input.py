import json
import urllib3

http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2.0, read=5.0))


def get_token(resource):
    r = http.request(
        "GET",
        "http://127.0.0.1:50342/oauth2/token",
        fields={"resource": resource},
        headers={"Metadata": "true"},
    )
    return json.loads(r.data.decode("utf-8"))["access_token"]
