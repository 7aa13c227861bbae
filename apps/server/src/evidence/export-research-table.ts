import { createHmac, randomBytes } from 'node:crypto';
import { todayInMontreal } from '@mutualis/domain/dates';
import { buildCohort } from '@mutualis/domain/impact/cohort';
import { defaultWindowStart } from '@mutualis/domain/impact/dashboard';
import { RESEARCH_COLUMNS, type ResearchRow, researchTable } from '@mutualis/domain/impact/research-export';
import { SUPPRESSION } from '@mutualis/domain/outcomes/suppression';
import { auditRepository } from '../audit/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { writeCsv } from '../files/table-file.ts';
import { outcomeRepository } from '../outcomes/index.ts';
import { employeesRefusingInMutual } from '../privacy/index.ts';
import { evidenceMutualOf } from './evidence-scope.ts';
import { loadImpactInput } from './impact-input.ts';

/**
 * The pseudonymised research table of the caller's mutual: consenting firms only, whatever the
 * caller's role, and within them nobody whose own consent to research use in force is a refusal or a
 * withdrawal (Law 25; never asked counts as not refused, the firm's consent covering them); pseudonyms keyed by a random key drawn for this export and then forgotten, so two
 * exports cannot be linked, nor a pseudonym traced back; small cells coarsened or left out
 * (domain impact/research-export.ts). The export is written in the access log.
 */
export async function exportResearchTable(deps: Deps, caller: Caller, query: { mutualId?: string }) {
  const mutualId = await evidenceMutualOf(deps, caller, query.mutualId);
  const asOf = todayInMontreal(deps.now());
  const { table, firmIds } = await researchTableOf(deps, mutualId, asOf);
  await auditRepository(deps.db).recordAccess({
    mutualId,
    actorUserId: caller.userId,
    entityType: 'research_export',
    entityIds: firmIds,
    purpose: `research export: ${table.rows.length} pseudonymised rows of consenting firms`,
  });
  const columns = RESEARCH_COLUMNS.map((c) => ({ header: c.name, value: (row: ResearchRow) => row[c.name] }));
  return {
    filename: `research-export-${asOf}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: writeCsv(columns, table.rows),
  };
}

/** The research table of the mutual's consenting firms as of `asOf` (people who refused left out), with pseudonyms keyed by a key drawn now and forgotten. */
async function researchTableOf(deps: Deps, mutualId: string, asOf: string) {
  const consenting = await outcomeRepository(deps.db).consentingFirms(mutualId);
  const [{ input, members }, refusing] = await Promise.all([
    loadImpactInput(deps, { mutualId, filter: consenting, audience: 'consenting_firms' }, asOf),
    employeesRefusingInMutual(deps.db, mutualId, 'research_use'),
  ]);
  const employees = input.employees.filter((e) => !refusing.has(e.id));
  const refused = input.employees.length - employees.length;
  const cohort = buildCohort(employees, input.trainings, {
    asOf,
    windowStart: defaultWindowStart(asOf),
    headcountOf: (id) => input.headcounts.get(id) ?? 0,
  });
  const firms = new Map(
    members.map((m) => [m.id, { regionCode: m.region_code, scianCode: m.scian_code, headcount: m.headcount }]),
  );
  const key = randomBytes(32);
  const pseudonym = (kind: string, id: string) =>
    createHmac('sha256', key).update(`${kind}:${id}`).digest('hex').slice(0, 16);
  const table = researchTable(
    cohort,
    (id) => firms.get(id) ?? { regionCode: '', scianCode: '', headcount: 0 },
    pseudonym,
  );
  return { table, refused, firmIds: [...new Set(cohort.map((r) => r.memberId))] };
}

/** The data dictionary of the research export: each column, its type and meaning, the rules the export follows, and how many rows today's export coarsens and leaves out. */
export async function researchDictionary(deps: Deps, caller: Caller, query: { mutualId?: string }) {
  const asOf = todayInMontreal(deps.now());
  const { table, refused } = await researchTableOf(deps, await evidenceMutualOf(deps, caller, query.mutualId), asOf);
  const blanked = Object.entries(table.blanked)
    .map(([column, n]) => `${column} ${n}`)
    .join(', ');
  const rules = [
    {
      name: '(rule)',
      type: '',
      en: `Consenting firms only, without the people who refused or withdrew their own consent to research use; cells of fewer than ${SUPPRESSION.minPeople} people or ${SUPPRESSION.minFirms} firms are coarsened (region, sector, size class, age band, TEER blanked) or left out`,
      fr: `Entreprises consentantes seulement, sans les personnes qui ont refusé ou retiré leur propre consentement à l'usage en recherche; les cellules de moins de ${SUPPRESSION.minPeople} personnes ou ${SUPPRESSION.minFirms} entreprises sont généralisées ou retirées`,
    },
    {
      name: '(rule)',
      type: '',
      en: 'Pseudonyms are drawn anew for every export: two exports cannot be linked',
      fr: 'Les pseudonymes changent à chaque exportation : deux exportations ne peuvent être liées',
    },
    {
      name: '(rule)',
      type: '',
      en: `As of ${asOf}: ${table.rows.length} rows; blanked for a small cell: ${blanked}; ${table.leftOut} rows left out (still in a small cell); ${refused} people left out at their own request`,
      fr: `Au ${asOf} : ${table.rows.length} lignes; masquées pour une petite cellule : ${blanked}; ${table.leftOut} lignes retirées (toujours dans une petite cellule); ${refused} personnes retirées à leur demande`,
    },
    {
      name: '(rule)',
      type: '',
      en: `Comparison cohort as of ${asOf}, window from ${defaultWindowStart(asOf)}; definitions in docs/evidence.md`,
      fr: `Cohorte au ${asOf}, fenêtre à partir du ${defaultWindowStart(asOf)}; définitions dans docs/evidence.md`,
    },
  ];
  const columns = [
    { header: 'column', value: (r: (typeof rules)[number]) => r.name },
    { header: 'type', value: (r: (typeof rules)[number]) => r.type },
    { header: 'description_en', value: (r: (typeof rules)[number]) => r.en },
    { header: 'description_fr', value: (r: (typeof rules)[number]) => r.fr },
  ];
  return {
    filename: 'research-export-dictionary.csv',
    contentType: 'text/csv; charset=utf-8',
    body: writeCsv(columns, [...RESEARCH_COLUMNS.map((c) => ({ ...c })), ...rules]),
  };
}
