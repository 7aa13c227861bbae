import type { ReferenceData } from '@mutualis/contracts';
import { EMPLOYEE_IMPORT_COLUMNS } from '@mutualis/domain/employees/index';
import { allowedNextStatuses, MEMBER_STATUSES, type MemberStatus } from '@mutualis/domain/members/index';
import {
  EDUCATION_LEVELS,
  END_REASONS,
  LANGUAGES,
  NOC_BROAD_CATEGORIES,
  REGIONS,
  SCIAN_SECTORS,
  SCIAN_SUBSECTORS,
  SIZE_CLASSES,
  TEER_LEVELS,
} from '@mutualis/domain/reference/index';

const statusLabels: Record<MemberStatus, { fr: string; en: string }> = {
  prospect: { fr: 'Prospect', en: 'Prospect' },
  active: { fr: 'Active', en: 'Active' },
  lapsed: { fr: 'Échue', en: 'Lapsed' },
  withdrawn: { fr: 'Retirée', en: 'Withdrawn' },
};

/** All reference data in one document (built once: it never changes while the server runs). */
const referenceData: ReferenceData = {
  regions: REGIONS.map((r) => ({ ...r })),
  scianSectors: SCIAN_SECTORS.map((s) => ({ ...s, prefixes: [...s.prefixes] })),
  scianSubsectors: SCIAN_SUBSECTORS.map((s) => ({ ...s })),
  nocBroadCategories: NOC_BROAD_CATEGORIES.map((c) => ({ ...c })),
  teerLevels: TEER_LEVELS.map((t) => ({ ...t })),
  educationLevels: EDUCATION_LEVELS.map((e) => ({ ...e })),
  languages: LANGUAGES.map((l) => ({ ...l })),
  sizeClasses: SIZE_CLASSES.map((s) => ({ ...s })),
  endReasons: END_REASONS.map((r) => ({ ...r })),
  memberStatuses: MEMBER_STATUSES.map((code) => ({
    code,
    ...statusLabels[code],
    next: [...allowedNextStatuses(code)],
  })),
  employeeImportColumns: EMPLOYEE_IMPORT_COLUMNS.map((c) => ({
    field: c.field,
    fr: c.fr,
    en: c.en,
    required: c.required,
    aliases: [...c.aliases],
  })),
};

/** All reference data, in French and English (public: the forms and filters read it before login too). */
export const getReferenceData = (): ReferenceData => referenceData;
