FROM mcr.microsoft.com/azure-cli:2.60.0
RUN apt-get update && apt-get install -y --no-install-recommends jq curl
# Fetch a token at build time on a build agent VM (legacy extension)
RUN TOKEN=$(curl --noproxy '*' -s -H Metadata:true \
      "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/" | jq -r .access_token) \
    && az login --identity \
    && echo "logged in"
CMD ["bash"]
