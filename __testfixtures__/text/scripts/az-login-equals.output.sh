az login --identity --username "$CLIENT_ID"
