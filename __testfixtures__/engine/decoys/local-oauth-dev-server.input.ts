import express from 'express';

const PORT = Number(process.env.PORT ?? 4455);
const app = express();
app.use(express.urlencoded({ extended: false }));

// A fake authorisation server for local development: client credentials only.
app.post('/oauth2/token', (req, res) => {
  if (req.body.grant_type !== 'client_credentials' || req.body.client_secret !== 'dev-secret') {
    res.status(401).json({ error: 'invalid_client' });
    return;
  }
  res.json({ access_token: 'dev-token', token_type: 'Bearer', expires_in: 3600 });
});

app.listen(PORT, () => console.log(`dev OAuth server on http://localhost:${PORT}/oauth2/token`));

export async function devToken(): Promise<string> {
  const response = await fetch(`http://localhost:${PORT}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'dev', client_secret: 'dev-secret' }),
  });
  return (await response.json()).access_token;
}
