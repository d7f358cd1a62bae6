// request-promise-native ships no types; the cases only need its call and .post shapes.
declare module 'request-promise-native' {
  import type { CoreOptions, UriOptions, UrlOptions } from 'request';

  type RequestPromiseOptions = CoreOptions & (UriOptions | UrlOptions);

  // The cases use the resolved body as a string or an object, as request-promise's own typings allow.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  interface RequestPromiseApi {
    (options: RequestPromiseOptions): Promise<any>;
    get(options: RequestPromiseOptions): Promise<any>;
    post(options: RequestPromiseOptions): Promise<any>;
  }

  const requestPromise: RequestPromiseApi;
  export = requestPromise;
}
