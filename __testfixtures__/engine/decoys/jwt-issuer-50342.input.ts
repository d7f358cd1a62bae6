import jwt from 'jsonwebtoken';

const tokenValidation = {
  issuer: 'http://localhost:50342',
  audience: 'http://localhost:50342',
  algorithms: ['HS256'] as jwt.Algorithm[],
};

export function verifySession(token: string, secret: string): jwt.JwtPayload {
  return jwt.verify(token, secret, tokenValidation) as jwt.JwtPayload;
}
