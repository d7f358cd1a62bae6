const express = require('express');
const cors = require('cors');

const app = express();

app.use(
  cors({
    origin: ['http://localhost:4200', 'http://localhost:50342'],
    credentials: true,
  }),
);

app.get('/health', (req, res) => res.json({ ok: true }));

module.exports = app;
