// History: tokens used to come from http://localhost:50342/oauth2/token (the VM extension);
// this module now calls IMDS through @azure/identity.
/* msiEndpoint: 'http://localhost:50342/oauth2/token' was the option, now gone. */
export async function devLogin(username: string, password: string) {
  const response = await fetch('http://localhost:8080/oauth2/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', username, password }),
  });
  return response.json();
}
