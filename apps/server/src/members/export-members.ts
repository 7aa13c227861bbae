import type { Member, MemberExportQuery } from '@mutualis/contracts';
import { MEMBER_STATUS_LABELS } from '@mutualis/domain/members/index';
import { REGIONS, SIZE_CLASSES, scianLabel } from '@mutualis/domain/reference/index';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { contentTypes, type WriteColumn, writeTable } from '../files/table-file.ts';
import { memberFilterOf } from './member-filter.ts';
import { presentMember } from './present.ts';
import { memberRepository } from './repository.ts';

function memberColumns(lang: 'fr' | 'en'): WriteColumn<Member>[] {
  const fr = lang === 'fr';
  const money = (cents: number) => cents / 100;
  return [
    { header: fr ? 'Raison sociale' : 'Legal name', value: (m) => m.legalName, width: 40 },
    { header: 'NEQ', value: (m) => m.neq, width: 14 },
    { header: fr ? 'Code SCIAN' : 'NAICS code', value: (m) => m.scianCode },
    { header: fr ? 'Secteur SCIAN' : 'NAICS sector', value: (m) => scianLabel(m.scianCode, lang) ?? '', width: 40 },
    { header: fr ? 'Région' : 'Region', value: (m) => m.regionCode },
    {
      header: fr ? 'Nom de la région' : 'Region name',
      value: (m) => REGIONS.find((r) => r.code === m.regionCode)?.[lang] ?? '',
      width: 24,
    },
    { header: fr ? 'Effectif' : 'Headcount', value: (m) => m.headcount },
    {
      header: fr ? 'Taille' : 'Size class',
      value: (m) => SIZE_CLASSES.find((s) => s.code === m.sizeClass)?.[lang] ?? m.sizeClass,
      width: 22,
    },
    {
      header: fr ? 'Masse salariale annuelle ($)' : 'Annual payroll ($)',
      value: (m) => money(m.annualPayrollCents),
      width: 20,
    },
    { header: fr ? 'Statut' : 'Status', value: (m) => MEMBER_STATUS_LABELS[m.status][lang] },
    { header: fr ? "Date d'adhésion" : 'Joined on', value: (m) => m.joinedOn },
    { header: fr ? 'Date de départ' : 'Left on', value: (m) => m.leftOn },
    { header: fr ? 'Motif du statut' : 'Status reason', value: (m) => m.statusReason },
    {
      header: fr ? 'Consentement aux données de résultats' : 'Consent to outcome data',
      value: (m) => (m.consentOutcomeData ? (fr ? 'oui' : 'yes') : fr ? 'non' : 'no'),
    },
    { header: fr ? 'Adresse' : 'Address', value: (m) => m.address, width: 30 },
    { header: fr ? 'Ville' : 'City', value: (m) => m.city },
    { header: fr ? 'Code postal' : 'Postal code', value: (m) => m.postalCode },
    { header: fr ? 'Téléphone' : 'Phone', value: (m) => m.phone },
    { header: fr ? 'Site web' : 'Website', value: (m) => m.website, width: 30 },
  ];
}

/** The caller's mutual's members that match the filters (coordinators), as a CSV or XLSX file with French or English headers. */
export async function exportMembers(deps: Deps, caller: Caller, query: MemberExportQuery) {
  const { sort, order, format, lang, ...filter } = query;
  const rows = await memberRepository(deps.db).listAll(memberFilterOf(mutualOf(caller), filter), sort, order);
  const body = await writeTable(
    format,
    lang === 'fr' ? 'Membres' : 'Members',
    memberColumns(lang),
    rows.map(presentMember),
  );
  return { filename: `${lang === 'fr' ? 'membres' : 'members'}.${format}`, contentType: contentTypes[format], body };
}
