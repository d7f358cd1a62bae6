// Vocabulary for the synthetic tree: names of packages, folders, identifiers and the hosts the code calls.

export const PACKAGES = [
  'billing', 'catalog', 'checkout', 'identity', 'inventory', 'notifications', 'orders', 'payments',
  'reporting', 'search', 'shipping', 'storefront', 'analytics', 'admin-portal', 'gateway', 'scheduler',
  'media', 'profiles', 'pricing', 'audit',
];

export const AREAS = [
  'services', 'clients', 'models', 'utils', 'routes', 'components', 'hooks', 'config', 'jobs',
  'adapters', 'handlers', 'store', 'middleware', 'lib', 'api',
];

export const NOUNS = [
  'account', 'invoice', 'order', 'customer', 'product', 'cart', 'session', 'payment', 'shipment',
  'report', 'metric', 'event', 'user', 'team', 'project', 'ticket', 'message', 'queue', 'token',
  'profile', 'address', 'discount', 'coupon', 'subscription', 'plan', 'webhook', 'document', 'asset',
  'region', 'tenant', 'record', 'batch', 'upload', 'download', 'schedule', 'review', 'rating', 'price',
];

export const VERBS = [
  'fetch', 'load', 'save', 'update', 'create', 'delete', 'sync', 'resolve', 'compute', 'format',
  'parse', 'validate', 'normalize', 'merge', 'publish', 'dispatch', 'refresh', 'archive', 'list', 'find',
];

export const ADJECTIVES = [
  'active', 'pending', 'cached', 'remote', 'local', 'default', 'primary', 'legacy', 'shared', 'public',
  'internal', 'draft', 'stale', 'recent', 'batched', 'scoped',
];

export const HOSTS = [
  'api.github.com', 'api.stripe.com', 'hooks.slack.com', 'graph.microsoft.com', 'management.azure.com',
  'api.sendgrid.com', 'api.twilio.com', 'sentry.io', 'api.segment.io', 'www.googleapis.com',
  'storage.googleapis.com', 'api.mailgun.net', 'api.hubapi.com', 'api.zendesk.com', 'api.intercom.io',
  'api.openweathermap.org', 'maps.googleapis.com', 'api.pagerduty.com', 'api.datadoghq.com',
  'registry.npmjs.org', 'api.bitbucket.org', 'gitlab.com', 'api.cloudflare.com', 'api.fastly.com',
  'orders.internal.example.com', 'billing.internal.example.com', 'search.internal.example.com',
  'inventory.svc.cluster.local', 'pricing.svc.cluster.local', 'auth.example.org', 'cdn.example.net',
  'myvault.vault.azure.net', 'myaccount.blob.core.windows.net', 'api.example.com', 'status.example.io',
];

export const DEV_PORTS = [3000, 3001, 4000, 5000, 5173, 8000, 8080, 8081, 8443, 9000, 9200, 6379];
