// What every transport shares: the record of requests, injected faults, latency, and the rules of the endpoint.
import { attachedIdentities } from './identities';
import { defaultFaultBody } from './imdsRules';
import type { SeenRequest, Verdict } from './seenRequest';
import type { FakeEndpointOptions, FakeEndpointState, InjectedFault, RecordedRequest } from './types';

/** A verdict plus the headers to send with it. */
export interface Answer extends Verdict {
  headers: Record<string, string>;
}

export interface FakeEndpoint extends FakeEndpointState {
  /** Judges (or faults) one request, waits the configured latency, records it, and returns the answer. */
  answer(request: SeenRequest): Promise<Answer>;
  /** Records a request the fake refused to handle (a proxy request, a port or scheme it does not serve). */
  refuse(request: Omit<RecordedRequest, 'status' | 'refused'>, reason: string, status?: number): void;
}

function pause(milliseconds: number): Promise<void> {
  // unref: a long latency (a stand-in for IMDS hanging off Azure) must not keep the test process alive.
  return milliseconds > 0 ? new Promise((resolve) => setTimeout(resolve, milliseconds).unref()) : Promise.resolve();
}

export function createFakeEndpoint(judge: (request: SeenRequest) => Verdict, options: FakeEndpointOptions): FakeEndpoint {
  attachedIdentities(options); // throws now, not on the first request, when an identity is misconfigured
  const requests: RecordedRequest[] = [];
  const pendingFaults: InjectedFault[] = [];
  const injectFaults = (...faults: InjectedFault[]): void => {
    for (const fault of faults) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1) throw new Error(`an injected fault's times must be a positive integer, not ${times}`);
      for (let i = 0; i < times; i++) pendingFaults.push(fault);
    }
  };
  injectFaults(...(options.faults ?? []));
  return {
    requests,
    injectFaults,
    reset() {
      requests.length = 0;
      pendingFaults.length = 0;
    },
    async answer(request) {
      const fault = pendingFaults.shift();
      const verdict: Verdict = fault ? { status: fault.status, body: fault.body ?? defaultFaultBody(fault.status) } : judge(request);
      const record: RecordedRequest = {
        method: request.method,
        url: request.url.href,
        headers: request.headers,
        body: request.body,
        status: verdict.status,
        response: verdict.body,
      };
      if (verdict.grant) record.grant = verdict.grant;
      if (fault) record.fault = true;
      requests.push(record);
      await pause(options.latencyMs ?? 0);
      return { ...verdict, headers: { 'content-type': 'application/json; charset=utf-8', ...(fault?.headers ?? {}) } };
    },
    refuse(request, reason, status = 0) {
      requests.push({ ...request, status, refused: reason });
    },
  };
}

/** The state a user sees: the record and fault injection, not the transport's internals. */
export function publicState(endpoint: FakeEndpoint): FakeEndpointState {
  return {
    get requests() {
      return endpoint.requests;
    },
    injectFaults: endpoint.injectFaults,
    reset: endpoint.reset,
  };
}
