// Reads need lines from spreadsheet rows (CSV or XLSX already turned into header → text maps).
// All-or-nothing is the caller's job: this returns every row error so that none is imported
// unless all rows are right.

export type Language = 'fr' | 'en';
export type Mode = 'in_person' | 'virtual';
export type Priority = 'high' | 'medium' | 'low';

export interface NeedLineDraft {
  memberId: string;
  topicId: string;
  seats: number;
  nocCode: string | null;
  languages: Language[];
  modes: Mode[];
  regionCode: string;
  periods: string[];
  priority: Priority;
  maxPricePerSeatCents: number | null;
  notes: string;
}

/** Why a cell of a need line is refused (the server writes each in the reader's language). */
export type NeedImportProblem =
  | 'file_no_rows'
  | 'column_missing'
  | 'required'
  | 'no_member_with_neq'
  | 'unknown_topic_code'
  | 'seats_range'
  | 'noc_tag'
  | 'languages_list'
  | 'modes_list'
  | 'region_code'
  | 'month'
  | 'priority_unknown'
  | 'amount_invalid';

export interface ImportRowError {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  field: string;
  code: NeedImportProblem;
  params?: Record<string, string>;
}

export interface NeedImportLookup {
  topicIdByCode: ReadonlyMap<string, string>;
  /** Members of the mutual by NEQ (coordinator import); null when the importer is a member contact. */
  memberByNeq: ReadonlyMap<string, { id: string; regionCode: string }> | null;
  /** The member every row belongs to (member contact import). */
  ownMember: { id: string; regionCode: string } | null;
}

export const PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
export const REGION_CODE = /^(0[1-9]|1[0-7])$/;

// Header names accepted, French and English; compared without accents, case or spaces.
const headerAliases: Record<string, string[]> = {
  member: ['member_neq', 'neq', 'membre_neq', 'membre', 'member'],
  topic: ['topic', 'topic_code', 'sujet', 'theme', 'code_sujet'],
  seats: ['seats', 'places', 'nombre_places'],
  nocCode: ['noc', 'noc_code', 'cnp', 'code_cnp', 'job_class', 'classe_emploi'],
  languages: ['languages', 'language', 'langues', 'langue'],
  modes: ['modes', 'mode', 'formule'],
  regionCode: ['region', 'region_code', 'code_region'],
  periods: ['periods', 'period', 'periodes', 'periode'],
  priority: ['priority', 'priorite'],
  maxPricePerSeat: ['max_price_per_seat', 'prix_max_par_place', 'budget_par_place', 'budget_per_seat'],
  notes: ['notes', 'note', 'commentaires'],
};

const normalize = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const modeAliases: Record<string, Mode> = {
  in_person: 'in_person',
  inperson: 'in_person',
  presentiel: 'in_person',
  en_personne: 'in_person',
  virtual: 'virtual',
  virtuel: 'virtual',
  online: 'virtual',
  en_ligne: 'virtual',
  distance: 'virtual',
};
const priorityAliases: Record<string, Priority> = {
  high: 'high',
  haute: 'high',
  elevee: 'high',
  medium: 'medium',
  moyenne: 'medium',
  low: 'low',
  basse: 'low',
  faible: 'low',
};

const splitList = (v: string) =>
  v
    .split(/[;,|/]+|\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Parses an amount in dollars ("1 250,50", "1250.5", "$90") into cents; null when not an amount. */
export function parseDollars(text: string): number | null {
  const cleaned = text.replace(/[\s$\u00a0]/g, '').replace(',', '.');
  if (!/^[0-9]+(\.[0-9]{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

/** Turns rows into need lines, or lists every error with its row and column; never both partial. */
export function parseNeedImportRows(
  rows: readonly Record<string, string>[],
  lookup: NeedImportLookup,
): { lines: NeedLineDraft[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const lines: NeedLineDraft[] = [];
  if (rows.length === 0) return { lines, errors: [{ row: 1, field: '(file)', code: 'file_no_rows' }] };
  const present = new Set(
    Object.keys(rows[0]).flatMap((key) =>
      Object.entries(headerAliases)
        .filter(([, aliases]) => aliases.includes(normalize(key)))
        .map(([field]) => field),
    ),
  );
  const required = ['topic', 'seats', 'languages', 'modes', 'periods', ...(lookup.memberByNeq ? ['member'] : [])];
  const missing = required.filter((f) => !present.has(f));
  if (missing.length) {
    const names: Record<string, string> = {
      member: 'member_neq',
      topic: 'topic',
      seats: 'seats',
      languages: 'languages',
      modes: 'modes',
      periods: 'periods',
    };
    return { lines, errors: missing.map((f) => ({ row: 1, field: names[f], code: 'column_missing' as const })) };
  }
  rows.forEach((raw, index) => {
    const rowNumber = index + 2;
    const row: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      const k = normalize(key);
      const field = Object.entries(headerAliases).find(([, aliases]) => aliases.includes(k))?.[0];
      if (field) row[field] = String(value ?? '').trim();
    }
    if (Object.values(row).every((v) => v === '')) return; // blank line
    const fail = (field: string, code: NeedImportProblem, params?: Record<string, string>) =>
      errors.push({ row: rowNumber, field, code, ...(params ? { params } : {}) });
    const before = errors.length;

    let member = lookup.ownMember;
    if (lookup.memberByNeq) {
      const neq = (row.member ?? '').replace(/\s/g, '');
      if (!neq) fail('member_neq', 'required');
      else {
        member = lookup.memberByNeq.get(neq) ?? null;
        if (!member) fail('member_neq', 'no_member_with_neq', { neq });
      }
    }

    const topicCode = (row.topic ?? '').toLowerCase();
    const topicId = lookup.topicIdByCode.get(topicCode);
    if (!topicCode) fail('topic', 'required');
    else if (!topicId) fail('topic', 'unknown_topic_code', { code: topicCode });

    const seats = Number(row.seats);
    if (!row.seats) fail('seats', 'required');
    else if (!Number.isInteger(seats) || seats < 1 || seats > 500) fail('seats', 'seats_range');

    const nocCode = row.nocCode ? row.nocCode.replace(/\s/g, '') : null;
    if (nocCode && !/^[0-9]{1,5}$/.test(nocCode)) fail('noc_code', 'noc_tag');

    const languages = [...new Set(splitList((row.languages ?? '').toLowerCase()))];
    if (languages.length === 0) fail('languages', 'required');
    else if (languages.some((l) => l !== 'fr' && l !== 'en')) fail('languages', 'languages_list');

    const rawModes = (row.modes ?? '')
      .split(/[;,|/]+/)
      .map(normalize)
      .filter(Boolean);
    const modes = [...new Set(rawModes.map((m) => modeAliases[m]))];
    if (rawModes.length === 0) fail('modes', 'required');
    else if (modes.some((m) => !m)) fail('modes', 'modes_list');

    const regionCode = row.regionCode ? row.regionCode.padStart(2, '0') : (member?.regionCode ?? '');
    if (row.regionCode && !REGION_CODE.test(regionCode)) fail('region', 'region_code');

    const periods = [...new Set(splitList(row.periods ?? ''))];
    if (periods.length === 0) fail('periods', 'required');
    else if (periods.some((p) => !PERIOD.test(p))) fail('periods', 'month');

    const priority = row.priority ? priorityAliases[normalize(row.priority)] : 'medium';
    if (!priority) fail('priority', 'priority_unknown');

    let maxPricePerSeatCents: number | null = null;
    if (row.maxPricePerSeat) {
      maxPricePerSeatCents = parseDollars(row.maxPricePerSeat);
      if (maxPricePerSeatCents === null) fail('max_price_per_seat', 'amount_invalid');
    }

    if (errors.length > before || !member || !topicId) return;
    lines.push({
      memberId: member.id,
      topicId,
      seats,
      nocCode,
      languages: languages as Language[],
      modes: modes as Mode[],
      regionCode,
      periods: periods.sort(),
      priority,
      maxPricePerSeatCents,
      notes: row.notes ?? '',
    });
  });
  if (errors.length === 0 && lines.length === 0) errors.push({ row: 1, field: '(file)', code: 'file_no_rows' });
  return { lines: errors.length ? [] : lines, errors };
}
