FROM alpine:3.20
RUN ["curl", "-s", "-H", "Metadata:true", "http://localhost:50342/oauth2/token?resource=https://management.azure.com/"]
