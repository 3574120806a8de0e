/**
 * The typed client of the Regie API: openapi-fetch over the types that `npm run openapi` generates from the
 * OpenAPI document (schema.ts). Paths, parameters, bodies and responses are checked by tsc against the document,
 * so a change of the API that the document does not show fails the build of whoever uses the client.
 *
 *   const regie = createRegieClient('http://localhost:3000/api/v1', token);
 *   const { data, error } = await regie.GET('/cases/{id}', { params: { path: { id } } });
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';
export type RegieClient = Client<paths>;

/** A client for the API at `baseUrl` (the server of the document, e.g. `https://regie.example.nl/api/v1`). */
export function createRegieClient(
  baseUrl: string,
  token?: string,
  options: Omit<ClientOptions, 'baseUrl'> = {},
): RegieClient {
  return createClient<paths>({
    ...options,
    baseUrl,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...options.headers },
  });
}
