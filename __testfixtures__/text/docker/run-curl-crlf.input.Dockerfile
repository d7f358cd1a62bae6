FROM mcr.microsoft.com/azure-cli:2.60.0
RUN apt-get update && apt-get install -y --no-install-recommends jq curl
# Fetch a token at build time on a build agent VM (legacy extension)
RUN TOKEN=$(curl -s -H Metadata:true \
      "http://localhost:50342/oauth2/token?resource=https://management.azure.com/" | jq -r .access_token) \
    && az login --identity --msi-port 50342 \
    && echo "logged in"
CMD ["bash"]
