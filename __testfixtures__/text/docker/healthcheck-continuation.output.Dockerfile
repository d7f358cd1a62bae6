FROM mcr.microsoft.com/azure-cli
HEALTHCHECK --interval=30s --timeout=5s \
  CMD curl --noproxy '*' -sf -H Metadata:true \
      "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/" || exit 1
CMD ["/app/start.sh"]
