# The VM extension (http://localhost:50342/oauth2/token) is retired; we use IMDS now.
IMDS = "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
