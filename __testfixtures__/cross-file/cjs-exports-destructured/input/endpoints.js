'use strict';

// Endpoints this service talks to.
exports.MSI_TOKEN_URL = 'http://localhost:50342/oauth2/token';
exports.GRAPH_URL = 'https://graph.microsoft.com/v1.0';
