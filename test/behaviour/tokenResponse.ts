/** The access token each fake hands out, so a test can tell which endpoint answered (mi-codemod/testing's defaults). */
export { FAKE_EXTENSION_ACCESS_TOKEN as EXTENSION_ACCESS_TOKEN, FAKE_IMDS_ACCESS_TOKEN as IMDS_ACCESS_TOKEN } from '../../src/testing';
