import { referenceEndpoints as reference } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { getReferenceData } from './get-reference-data.ts';

/** Reference data: regions, SCIAN, NOC/TEER, education, languages, size classes, statuses, import columns. */
export function registerReferenceRoutes(app: App, _deps: Deps) {
  servePublic(app, reference.get, (_input, _caller, c) => {
    c.header('cache-control', 'public, max-age=3600');
    return getReferenceData();
  });
}
