import fs from 'node:fs';
import path from 'node:path';
import type { CaseCall } from './behaviourCase';

export const CASES_DIR = path.join(__dirname, 'cases');
/** Migrated copies live inside the repo so that their imports resolve against node_modules. */
export const OUTPUT_DIR = path.join(__dirname, '.out');

/** Names (file names without `.ts`) of every behavioural case, sorted. */
export function listCaseNames(): string[] {
  return fs
    .readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

/**
 * Whether the case's client reads HTTP_PROXY/HTTPS_PROXY at call time, so its migrated call must bypass the
 * proxy: every axios, request and needle (3.x) case, and any case that says so (ms-rest-js's ServiceClient built per call).
 */
export function honoursProxyEnvironment(caseName: string, sends: CaseCall): boolean {
  return sends.honoursProxyEnvironment ?? /^(?:axios|request|needle)-/.test(caseName);
}

/**
 * Whether the case's client opens its own sockets, out of msw's sight (npm undici's `request`): its fakes are then
 * served on 127.0.0.1 and undici's global dispatcher is routed to them (see undiciRouting.ts).
 */
export function opensOwnSockets(caseName: string): boolean {
  return /^undici-request(?:-|$)/.test(caseName);
}
