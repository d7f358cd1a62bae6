FROM mcr.microsoft.com/azure-cli
HEALTHCHECK --interval=30s --timeout=5s \
  CMD curl -sf -H Metadata:true \
      "http://localhost:50342/oauth2/token?resource=https://management.azure.com/" || exit 1
CMD ["/app/start.sh"]
