export type { RecordedRequest } from '../../src/testing';
