export default class Identity {
  static readonly BASE = 'http://localhost:50342';
  static readonly PATH = '/oauth2/token';
}
