import type { ExpectedCall, IdentitySelector } from './expectedCall';

/** What a case module declares about the one token request it makes. */
export interface CaseCall extends ExpectedCall {
  /** The extension port the legacy code calls, when it is not the default 50342. */
  extensionPort?: number;
  /** False when the legacy code sends no `Metadata` header at all. */
  metadataHeader?: false;
  /** True when the client reads HTTP(S)_PROXY per call although its name does not say so (default: axios, request, needle). */
  honoursProxyEnvironment?: boolean;
  /**
   * The client has no per-request proxy opt-out (ms-rest-js reads HTTP(S)_PROXY when a client is built):
   * the engine must then report `proxy-not-bypassed` instead of claiming a bypass.
   */
  proxyBypassReported?: boolean;
}

/** The shape of every `cases/<client>-<style>.ts` module (and of its migrated copy). */
export interface LegacyCaseModule {
  sends: CaseCall;
  getToken(resource: string, identity?: IdentitySelector): Promise<string>;
}
