import type { Member } from '@mutualis/contracts';
import { REGIONS, SIZE_CLASSES, scianLabel } from '@mutualis/domain/reference/index';
import { memberRepository, type MemberSort } from './repository.ts';
import { type TableFormat, type WriteColumn, writeTable } from '../files/table-file.ts';
import type { Deps } from '../caller.ts';
import { type MemberFilterInput, memberFilterOf } from './list-members.ts';
import { toMember } from './member-views.ts';

const statusLabels = {
  fr: { prospect: 'Prospect', active: 'Active', lapsed: 'Échue', withdrawn: 'Retirée' },
  en: { prospect: 'Prospect', active: 'Active', lapsed: 'Lapsed', withdrawn: 'Withdrawn' },
} as const;

function memberColumns(lang: 'fr' | 'en'): WriteColumn<Member>[] {
  const fr = lang === 'fr';
  const money = (cents: number) => cents / 100;
  return [
    { header: fr ? 'Raison sociale' : 'Legal name', value: (m) => m.legalName, width: 40 },
    { header: 'NEQ', value: (m) => m.neq, width: 14 },
    { header: fr ? 'Code SCIAN' : 'NAICS code', value: (m) => m.scianCode },
    { header: fr ? 'Secteur SCIAN' : 'NAICS sector', value: (m) => scianLabel(m.scianCode, lang) ?? '', width: 40 },
    { header: fr ? 'Région' : 'Region', value: (m) => m.regionCode },
    { header: fr ? 'Nom de la région' : 'Region name', value: (m) => REGIONS.find((r) => r.code === m.regionCode)?.[lang] ?? '', width: 24 },
    { header: fr ? 'Effectif' : 'Headcount', value: (m) => m.headcount },
    { header: fr ? 'Taille' : 'Size class', value: (m) => SIZE_CLASSES.find((s) => s.code === m.sizeClass)?.[lang] ?? m.sizeClass, width: 22 },
    { header: fr ? 'Masse salariale annuelle ($)' : 'Annual payroll ($)', value: (m) => money(m.annualPayrollCents), width: 20 },
    { header: fr ? 'Statut' : 'Status', value: (m) => statusLabels[lang][m.status] },
    { header: fr ? "Date d'adhésion" : 'Joined on', value: (m) => m.joinedOn },
    { header: fr ? 'Date de départ' : 'Left on', value: (m) => m.leftOn },
    { header: fr ? 'Motif du statut' : 'Status reason', value: (m) => m.statusReason },
    { header: fr ? 'Consentement aux données de résultats' : 'Consent to outcome data', value: (m) => (m.consentOutcomeData ? (fr ? 'oui' : 'yes') : fr ? 'non' : 'no') },
    { header: fr ? 'Adresse' : 'Address', value: (m) => m.address, width: 30 },
    { header: fr ? 'Ville' : 'City', value: (m) => m.city },
    { header: fr ? 'Code postal' : 'Postal code', value: (m) => m.postalCode },
    { header: fr ? 'Téléphone' : 'Phone', value: (m) => m.phone },
    { header: fr ? 'Site web' : 'Website', value: (m) => m.website, width: 30 },
  ];
}

/** The mutual's members that match the filters, as a CSV or XLSX file with French or English headers. */
export async function exportMembers(
  deps: Deps,
  mutualId: string,
  q: MemberFilterInput & { sort: MemberSort; order: 'asc' | 'desc'; format: TableFormat; lang: 'fr' | 'en' },
): Promise<{ bytes: Uint8Array; filename: string }> {
  const rows = await memberRepository(deps.db).listAll(memberFilterOf(mutualId, q), q.sort, q.order);
  const bytes = await writeTable(q.format, q.lang === 'fr' ? 'Membres' : 'Members', memberColumns(q.lang), rows.map(toMember));
  return { bytes, filename: `${q.lang === 'fr' ? 'membres' : 'members'}.${q.format}` };
}
