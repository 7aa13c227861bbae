import {
  incidentEndpoints as incidents,
  privacyOfficerEndpoints as officer,
  privacyEndpoints as privacy,
  retentionEndpoints as retention,
} from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { serve, servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createIncident } from './create-incident.ts';
import { erasePerson } from './erase-person.ts';
import { getPersonFile } from './get-person-file.ts';
import { getPersonFilePdf } from './get-person-file-pdf.ts';
import { getPrivacyOfficer } from './get-privacy-officer.ts';
import { getRetention } from './get-retention.ts';
import { listIncidents } from './list-incidents.ts';
import { listPersonReads } from './list-person-reads.ts';
import { recordConsent } from './record-consent.ts';
import { setPrivacyOfficer } from './set-privacy-officer.ts';
import { setRetention } from './set-retention.ts';
import { updateIncident } from './update-incident.ts';

/**
 * Personal information (Law 25): the coordinator, as the delegate of the mutual's privacy officer,
 * answers access and erasure requests for the people of its mutual, reports who read whose data and
 * keeps the register of confidentiality incidents.
 */
export function registerPrivacyRoutes(app: App, deps: Deps) {
  serve(app, privacy.personFile, ['coordinator'], ({ params }, caller) => getPersonFile(deps, caller, params));
  serve(app, privacy.personFilePdf, ['coordinator'], ({ params }, caller) => getPersonFilePdf(deps, caller, params));
  serve(app, privacy.erase, ['coordinator'], ({ params, body }, caller) =>
    erasePerson(deps, caller, { employeeId: params.employeeId, reason: body.reason }),
  );
  serve(app, privacy.recordConsent, ['coordinator'], ({ params, body }, caller) =>
    recordConsent(deps, caller, { employeeId: params.employeeId, consent: body }),
  );
  serve(app, privacy.reads, ['coordinator'], ({ query }, caller) => listPersonReads(deps, caller, query));
  serve(app, incidents.list, ['coordinator'], ({ query }, caller) => listIncidents(deps, caller, query));
  serve(app, incidents.create, ['coordinator'], ({ body }, caller) => createIncident(deps, caller, body));
  serve(app, incidents.update, ['coordinator'], ({ params, body }, caller) =>
    updateIncident(deps, caller, { incidentId: params.incidentId, changes: body }),
  );
  servePublic(app, officer.get, (_input, caller) => getPrivacyOfficer(deps, caller));
  serve(app, officer.set, ['coordinator'], ({ body }, caller) => setPrivacyOfficer(deps, caller, body));
  serve(app, retention.get, ['coordinator'], (_input, caller) => getRetention(deps, caller));
  serve(app, retention.set, ['coordinator'], ({ body }, caller) => setRetention(deps, caller, body));
}
