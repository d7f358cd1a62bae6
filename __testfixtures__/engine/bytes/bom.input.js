export const getToken = (resource) =>
  fetch("http://localhost:50342/oauth2/token?resource=" + resource, { headers: { Metadata: "true" } });
