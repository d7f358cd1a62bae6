// What a loopback host is, for every part of the tool that looks for one: the engine's URL and host
// matching, the text scan's needles, the other languages' and the configuration files' URL patterns. One
// definition, so that no part takes for another server a host that the engine rewrites (the text scan
// once ruled out `http://0.0.0.0:50342/oauth2/token`, which the engine knew). Imports nothing: the
// text scan loads it on every run.

/**
 * A host that reaches this machine, as a regular expression source (no anchors; match it case-insensitively):
 * localhost (also as the absolute name `localhost.`), 127.0.0.1 and the rest of 127/8, ::1 however written (in
 * brackets, as in a URL), and 0.0.0.0 (a client's 0.0.0.0 connects to this machine on Linux and macOS).
 */
export const LOOPBACK_HOST_SOURCE = String.raw`(?:localhost\.?|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[(?:0{0,4}:){2,7}0{0,3}1\])`;

/** A whole host value that reaches this machine: LOOPBACK_HOST_SOURCE, or ::1 without brackets (Node's `host` option). */
export const LOOPBACK_HOST_VALUE = new RegExp(String.raw`^(?:${LOOPBACK_HOST_SOURCE}|(?:0{0,4}:){2,7}0{0,3}1)$`, 'i');

/**
 * Strings one of which every loopback host a text writes holds: `localhost` in the cases code writes it
 * (`localhost`, `Localhost`, `LOCALHOST`, `localHost`, `LocalHost`; no other mix of cases is seen), `127.`,
 * `0.0.0.0`, and the end of ::1 however written. A text that holds none names no loopback host.
 */
export const LOOPBACK_NEEDLES: readonly string[] = ['ocalhost', 'OCALHOST', 'ocalHost', '127.', '0.0.0.0', ':1', ':01', ':001', ':0001'];
