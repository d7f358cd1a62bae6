import os

import requests


def identity_token(resource, port=50342, identity=None):
    """Token for `resource`; MSI_ENDPOINT wins when the host sets it."""
    endpoint = os.environ.get("MSI_ENDPOINT", "http://localhost:{}/oauth2/token".format(port))
    form = {"resource": resource}
    if identity:
        form.update(identity)
    reply = requests.post(endpoint, data=form, headers={"Metadata": "true"})
    reply.raise_for_status()
    return reply.json()["access_token"]
