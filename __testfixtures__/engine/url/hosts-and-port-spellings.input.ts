export const endpoints = {
  async loopback(resource: string) {
    return fetch(`http://127.0.0.1:${'50342'}/oauth2/token?resource=${resource}`, { headers: { Metadata: 'true' } });
  },
  async ipv6(resource: string) {
    return fetch("http://[::1]:50342/oauth2/token?resource=" + resource, { headers: { Metadata: "true" } });
  },
  async underscored(resource: string) {
    return fetch(`http://localhost:${50_342}/oauth2/token?resource=${resource}`, { headers: { Metadata: 'true' } });
  },
};
