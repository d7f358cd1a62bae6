/** A user-assigned managed identity attached to the fake VM: the ids a request may select it by. */
export interface UserAssignedIdentity {
  client_id?: string;
  object_id?: string;
  /** The identity's ARM resource id (`/subscriptions/…/userAssignedIdentities/<name>`), selected by `msi_res_id` or `mi_res_id`. */
  msi_res_id?: string;
}

/** The identities of the fake VM and what tokens it may get. */
export interface IdentityOptions {
  /**
   * Whether the VM has a system-assigned identity (default true), or its ids. A request without an identity
   * selector gets a token for it; without it, only a VM with exactly one user-assigned identity answers such a request.
   */
  systemAssigned?: boolean | { client_id?: string; object_id?: string };
  /** User-assigned identities attached to the VM (default none). */
  userAssigned?: UserAssignedIdentity[];
  /**
   * The resources (token audiences) a token may be issued for, compared exactly (ARM's trailing `/` counts).
   * Default: any resource.
   */
  resources?: string[];
  /** The access token to hand out: a string, or a function of the grant (default: a fixed string per fake). */
  accessToken?: string | ((grant: TokenGrant) => string);
}

/** An error response to send instead of judging the request, for retry tests. */
export interface InjectedFault {
  /** 404 and 410 (IMDS updating), 429 (throttled), 500, 502, 503, 504 …; any status is allowed. */
  status: number;
  /** How many consecutive requests get this fault (default 1). */
  times?: number;
  /** The JSON body (default: an IMDS-style error body for the status). */
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Options shared by every fake endpoint. */
export interface FakeEndpointOptions extends IdentityOptions {
  /** Milliseconds to wait before every response (default 0). */
  latencyMs?: number;
  /** Faults answered, in order, to the first requests (see also `injectFaults`). */
  faults?: InjectedFault[];
}

export interface ImdsOptions extends FakeEndpointOptions {
  /** The api-versions IMDS accepts (default: the IMDS identity versions mi-codemod knows; App Service's 2019-08-01 is not one). */
  apiVersions?: readonly string[];
}

export interface ExtensionOptions extends FakeEndpointOptions {
  /**
   * The `Metadata: true` header: `'required'` (the extension's documented behaviour, default), `'ignored'`, or
   * `'forbidden'` (for a test that must prove the legacy code sends none, so that its migration has to add it).
   */
  metadataHeader?: 'required' | 'ignored' | 'forbidden';
  /** Ports the msw and nock extension fakes answer on besides 50342 (the extension's `settings.port`). */
  ports?: number[];
}

/** The identity a token was issued for. */
export interface GrantedIdentity {
  kind: 'system-assigned' | 'user-assigned';
  client_id: string;
  object_id?: string;
  msi_res_id?: string;
}

/** What a successful token request asked for and got. */
export interface TokenGrant {
  resource: string;
  identity: GrantedIdentity;
}

/** One request a fake saw, and how it answered. */
export interface RecordedRequest {
  method: string;
  /** The URL as the client addressed it (for the HTTP server: rebuilt from the `Host` header). */
  url: string;
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: string;
  /** The status answered; 0 when the fake answered with a network error. */
  status: number;
  /** The JSON body answered (the token, or the error). */
  response?: Record<string, unknown>;
  /** The grant, when a token was issued. */
  grant?: TokenGrant;
  /** True when the answer was an injected fault rather than a judgement of the request. */
  fault?: boolean;
  /** Why the fake refused to handle the request at all (sent to it as a proxy, wrong port or scheme, …). */
  refused?: string;
}

/** What every fake exposes besides its transport: the record of requests, and fault injection. */
export interface FakeEndpointState {
  /** Every request the fake saw, accepted or not, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Queues faults: the next requests get these responses instead of being judged. */
  injectFaults(...faults: InjectedFault[]): void;
  /** Forgets the recorded requests and any fault not yet answered. */
  reset(): void;
}
