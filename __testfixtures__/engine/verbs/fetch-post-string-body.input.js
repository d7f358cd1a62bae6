export async function getToken(resource) {
  const response = await fetch("http://localhost:50342/oauth2/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Metadata: "true" },
    body: "resource=" + encodeURIComponent(resource),
  });
  return (await response.json()).access_token;
}
