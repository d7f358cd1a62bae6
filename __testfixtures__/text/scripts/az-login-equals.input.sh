az login --identity --msi-port=50342 --username "$CLIENT_ID"
