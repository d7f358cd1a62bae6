FROM debian:bookworm-slim
ARG MSI_PORT=50342
RUN apt-get update && apt-get install -y curl \
 && curl -s -H Metadata:true \
      "http://localhost:${MSI_PORT}/oauth2/token?resource=https://vault.azure.net" \
      -o /tmp/token.json
