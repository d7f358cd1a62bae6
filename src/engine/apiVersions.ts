/** The api-version every Microsoft SDK pins for the IMDS identity endpoint. */
export const DEFAULT_API_VERSION = '2018-02-01';

/**
 * IMDS api-versions that serve `/metadata/identity/oauth2/token`: the stable versions of the IMDS REST
 * specs (`specification/imds`, 2018-02-01 … 2021-11-15) and the newer ones IMDS itself lists in its
 * `newest-versions` error field. `2019-08-01` is left out on purpose (DESIGN.md): it is the version App
 * Service's identity endpoint uses, and emitting it for IMDS is the classic copy-paste mistake.
 */
export const IMDS_IDENTITY_API_VERSIONS: readonly string[] = [
  '2018-02-01',
  '2018-04-02',
  '2018-10-01',
  '2019-02-01',
  '2019-03-11',
  '2019-04-30',
  '2019-06-01',
  '2019-06-04',
  '2019-08-15',
  '2019-11-01',
  '2020-06-01',
  '2020-07-15',
  '2020-09-01',
  '2020-10-01',
  '2020-12-01',
  '2021-01-01',
  '2021-02-01',
  '2021-03-01',
  '2021-05-01',
  '2021-10-01',
  '2021-11-01',
  '2021-11-15',
  '2021-12-13',
  '2023-07-01',
  '2023-11-15',
];

/** Why `version` cannot be emitted, or undefined when it can. */
export function apiVersionProblem(version: string): string | undefined {
  if (IMDS_IDENTITY_API_VERSIONS.includes(version)) return undefined;
  return `"${version}" is not an IMDS identity api-version; use one of ${IMDS_IDENTITY_API_VERSIONS.join(', ')} (default ${DEFAULT_API_VERSION})`;
}
