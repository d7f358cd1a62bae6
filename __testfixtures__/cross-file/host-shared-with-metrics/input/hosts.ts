// The services of this VM: the managed identity endpoint and a metrics exporter, on the same host.
export const VM_HOST = 'localhost';
export const MSI_PORT = 50342;
export const METRICS_PORT = 9100;
