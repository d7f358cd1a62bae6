FROM debian:bookworm-slim
ARG MSI_PORT=50342
RUN apt-get update && apt-get install -y curl \
 && curl --noproxy '*' -s -H Metadata:true \
      "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net" \
      -o /tmp/token.json
