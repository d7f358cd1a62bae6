'use strict';

// Endpoints this service talks to.
exports.MSI_TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token';
exports.GRAPH_URL = 'https://graph.microsoft.com/v1.0';
