FROM node:20-alpine
ARG AUTH_PORT=8080
ENV OAUTH_TOKEN_URL=http://localhost:${AUTH_PORT}/oauth2/token
COPY server.js /srv/server.js
CMD ["node", "/srv/server.js"]
