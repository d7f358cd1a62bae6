import json
import os
import urllib.request

MSI_PORT = int(os.environ.get('MSI_PORT', '50342'))


def token_for(resource):
    request = urllib.request.Request('http://127.0.0.1:%d/oauth2/token?resource=%s' % (MSI_PORT, resource))
    request.add_header('Metadata', 'true')
    with urllib.request.urlopen(request) as reply:
        return json.load(reply)['access_token']
