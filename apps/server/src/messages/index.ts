// The server's messages, in French and English, by stable code: what an error answer says (its
// `detail` and each field's `message`), written in the caller's language by http/problem.ts. Use
// cases throw a code and its parameters (errors.ts), never a sentence. One file per area.
import { CONTRACT_MESSAGES, type Texts } from '@mutualis/contracts';
import type { CourseTermProblem } from '@mutualis/domain/catalogue/index';
import type { AnswerProblem } from '@mutualis/domain/delivery/evaluation';
import type { EmployeeRowProblem } from '@mutualis/domain/employees/index';
import type { GrantPaymentProblem } from '@mutualis/domain/finance/claims';
import type { CloseProblem } from '@mutualis/domain/finance/fiscal-year';
import type { PaymentProblem } from '@mutualis/domain/finance/invoice';
import type { EntryProblem } from '@mutualis/domain/finance/ledger';
import { formatMoney, formatNumber, formatPeriod, type Lang, pluralOf } from '@mutualis/domain/format/index';
import type { MemberStatusProblem, neqProblem } from '@mutualis/domain/members/index';
import type { NeedImportProblem } from '@mutualis/domain/needs/need-import';
import type { FirmYearProblem } from '@mutualis/domain/outcomes/firm-year';
import type { OutcomeImportProblem } from '@mutualis/domain/outcomes/outcome-import';
import type { ParticipationAnswerProblem } from '@mutualis/domain/participation/questionnaires';
import type { AdjustmentProblem } from '@mutualis/domain/pooling-runs/adjustments';
import { accountMessages } from './accounts.ts';
import { catalogueMessages, quoteMessages } from './catalogue.ts';
import { commonMessages } from './common.ts';
import { deliveryMessages } from './delivery.ts';
import { employeeMessages } from './employees.ts';
import { financeMessages } from './finance.ts';
import { fundingMessages } from './funding.ts';
import { governanceMessages } from './governance.ts';
import { learningMessages } from './learning.ts';
import { memberMessages } from './members.ts';
import { needMessages } from './needs.ts';
import { emulationMessages, evidenceMessages, observatoryMessages } from './observatory.ts';
import { outcomeMessages } from './outcomes.ts';
import { participationMessages } from './participation.ts';
import { poolingMessages } from './pooling.ts';
import { privacyMessages } from './privacy.ts';
import { reportMessages } from './reports.ts';
import { serviceMessages } from './service.ts';

export type { Texts };

export const MESSAGES = {
  ...CONTRACT_MESSAGES,
  ...commonMessages,
  ...accountMessages,
  ...memberMessages,
  ...employeeMessages,
  ...needMessages,
  ...catalogueMessages,
  ...quoteMessages,
  ...poolingMessages,
  ...deliveryMessages,
  ...governanceMessages,
  ...observatoryMessages,
  ...emulationMessages,
  ...evidenceMessages,
  ...learningMessages,
  ...privacyMessages,
  ...serviceMessages,
  ...financeMessages,
  ...fundingMessages,
  ...reportMessages,
  ...outcomeMessages,
  ...participationMessages,
} as const satisfies Record<string, Texts>;

export type MessageCode = keyof typeof MESSAGES;

// Every code the domain's checks return has its texts: the compiler names a missing one.
void (MESSAGES satisfies Record<
  | EmployeeRowProblem
  | MemberStatusProblem
  | CourseTermProblem
  | NeedImportProblem
  | AdjustmentProblem
  | AnswerProblem
  | NonNullable<ReturnType<typeof neqProblem>>,
  Texts
>);
// and those of the money, outcomes and participation checks
void (MESSAGES satisfies Record<
  | CloseProblem
  | EntryProblem
  | PaymentProblem
  | GrantPaymentProblem
  | FirmYearProblem
  | OutcomeImportProblem
  | ParticipationAnswerProblem,
  Texts
>);
export type MessageParams = Record<string, string | number>;

/** The records `notFound(entity)` names: every `<entity>_not_found` message. */
export type NotFoundEntity = MessageCode extends infer K ? (K extends `${infer E}_not_found` ? E : never) : never;

/** True when `code` has texts (the zod message of a contract's check is its code). */
export const isMessageCode = (code: string): code is MessageCode => Object.hasOwn(MESSAGES, code);

/** Failing fields as answers show them: path, code and the message in a language (row for a file's cells). */
export function fieldMessages(
  fields: readonly { field: string; code: string; params?: MessageParams; row?: number }[],
  lang: Lang,
): { field: string; code: string; message: string; row?: number }[] {
  return fields.map((f) => ({
    field: f.field,
    // a stored import preview from before codes holds a sentence: its cell is still refused
    code: isMessageCode(f.code) || /^[a-z_]+$/.test(f.code) ? f.code : 'value_refused',
    message: messageText(isMessageCode(f.code) ? f.code : 'value_refused', lang, f.params),
    ...(f.row === undefined ? {} : { row: f.row }),
  }));
}

/**
 * The text of a code in a language, `{name}` replaced by its parameter: numbers with the language's
 * separators, a date 'YYYY-MM-DD' and a month 'YYYY-MM' in words ("5 janvier 2024", "janvier 2027").
 * A number whose name ends in `Cents` is an amount, written as money ("1 234,50 $").
 * `{name|one|other}` writes the form that the number agrees with, `#` standing for the number:
 * '{count|# place libre|# places libres}' → "1 place libre", "3 places libres".
 */
export function messageText(code: MessageCode, lang: Lang, params: MessageParams = {}): string {
  return MESSAGES[code][lang].replace(
    /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined && typeof value === 'number') {
        return (pluralOf(value, lang) === 'one' ? one : other).replace('#', formatNumber(value, lang));
      }
      if (typeof value === 'number')
        return name.endsWith('Cents') ? formatMoney(value, lang) : formatNumber(value, lang);
      return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? formatPeriod(value, lang) : value;
    },
  );
}
