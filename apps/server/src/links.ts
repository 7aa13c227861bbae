import { type Endpoint, pathOf } from '@mutualis/contracts/endpoint';
import type { WebPath } from '@mutualis/contracts/web-paths';
import type { Config } from './config.ts';

// Every address the server hands out (e-mails, PDFs, calendar feeds) is made here, from PUBLIC_URL and a
// path of the web app's page table (`webPaths`, packages/contracts/src/web-paths.ts) or of the API's
// endpoint map: no link is a string written by hand (apps/server/test/links.test.ts checks both).

/** What a link needs from the configuration. */
export type LinkConfig = Pick<Config, 'PUBLIC_URL'>;

const origin = (config: LinkConfig) => config.PUBLIC_URL.replace(/\/+$/, '');

/** The address of a web page, e.g. `webUrl(deps.config, webPaths.session(id))`. */
export const webUrl = (config: Pick<Config, 'PUBLIC_URL'>, path: WebPath): string => `${origin(config)}${path}`;

/** The address of an API operation with its path parameters, e.g. a calendar feed. */
export const apiUrl = (
  config: Pick<Config, 'PUBLIC_URL'>,
  endpoint: Pick<Endpoint, 'path'>,
  params: Record<string, unknown>,
): string => `${origin(config)}${pathOf(endpoint, params)}`;
