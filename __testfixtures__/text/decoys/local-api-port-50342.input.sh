#!/bin/sh
# The web API under IIS Express listens on 50342 here.
curl -s http://localhost:50342/api/values
curl -s "http://localhost:50342/oauth2/tokens/revoke"
