FROM mcr.microsoft.com/azure-cli:2.60.0
ARG IDENTITY_PORT=50342
ENV TOKEN_ENDPOINT="http://localhost:$IDENTITY_PORT/oauth2/token" \
    VAULT=https://vault.azure.net
ENV STORAGE_TOKEN_URL=http://127.0.0.1:${IDENTITY_PORT}/oauth2/token?resource=https://storage.azure.com/
RUN curl -s -H Metadata:true "$TOKEN_ENDPOINT?resource=$VAULT" > /tmp/token.json
