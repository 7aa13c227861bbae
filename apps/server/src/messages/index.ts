// The server's messages, in French and English, by stable code: what an error answer says (its
// `detail` and each field's `message`), written in the caller's language by http/problem.ts. Use
// cases throw a code and its parameters (errors.ts), never a sentence. One file per area.
import { CONTRACT_MESSAGES, type Texts } from '@mutualis/contracts';
import type { CourseTermProblem } from '@mutualis/domain/catalogue/index';
import type { AnswerProblem } from '@mutualis/domain/delivery/evaluation';
import type { EmployeeRowProblem } from '@mutualis/domain/employees/index';
import { formatNumber, formatPeriod, type Lang, pluralOf } from '@mutualis/domain/format/index';
import type { MemberStatusProblem, neqProblem } from '@mutualis/domain/members/index';
import type { NeedImportProblem } from '@mutualis/domain/needs/need-import';
import type { AdjustmentProblem } from '@mutualis/domain/pooling-runs/adjustments';
import { accountMessages } from './accounts.ts';
import { catalogueMessages, quoteMessages } from './catalogue.ts';
import { commonMessages } from './common.ts';
import { deliveryMessages } from './delivery.ts';
import { employeeMessages } from './employees.ts';
import { memberMessages } from './members.ts';
import { needMessages } from './needs.ts';
import { poolingMessages } from './pooling.ts';
import { privacyMessages } from './privacy.ts';

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
  ...privacyMessages,
} as const satisfies Record<string, Texts>;

export type MessageCode = keyof typeof MESSAGES;
/**
 * An English sentence thrown where a message code belongs, by areas merged into issue #9's branch
 * after its point 3 (governance, emulation, observatory, learning): answered as it is in both
 * languages, with the field code 'untranslated'. A debt to pay by giving each a code and its texts;
 * messages-catalogue.test.ts lists where they are.
 */
export type UntranslatedText = string & { readonly untranslated?: true };
export type MessageOrText = MessageCode | UntranslatedText;

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
export type MessageParams = Record<string, string | number>;

/** The records `notFound(entity)` names: every `<entity>_not_found` message. */
export type NotFoundEntity = MessageCode extends infer K ? (K extends `${infer E}_not_found` ? E : never) : never;

/** True when `code` has texts (the zod message of a contract's check is its code). */
export const isMessageCode = (code: string): code is MessageCode => Object.hasOwn(MESSAGES, code);

/** Failing fields as answers show them: path, code and the message in a language (row for a file's cells). */
export function fieldMessages(
  fields: readonly { field: string; code: MessageOrText; params?: MessageParams; row?: number }[],
  lang: Lang,
): { field: string; code: string; message: string; row?: number }[] {
  return fields.map((f) => ({
    field: f.field,
    code: isMessageCode(f.code) || /^[a-z_]+$/.test(f.code) ? f.code : 'untranslated',
    // a stored import preview from before codes has none: its cell is still refused
    message:
      isMessageCode(f.code) || /^[a-z_]+$/.test(f.code)
        ? messageText(isMessageCode(f.code) ? f.code : 'value_refused', lang, f.params)
        : f.code,
    ...(f.row === undefined ? {} : { row: f.row }),
  }));
}

/**
 * The text of a code in a language, `{name}` replaced by its parameter: numbers with the language's
 * separators, a date 'YYYY-MM-DD' and a month 'YYYY-MM' in words ("5 janvier 2024", "janvier 2027").
 * `{name|one|other}` writes the form that the number agrees with, `#` standing for the number:
 * '{count|# place libre|# places libres}' → "1 place libre", "3 places libres".
 */
export function messageText(code: MessageOrText, lang: Lang, params: MessageParams = {}): string {
  return (isMessageCode(code) ? MESSAGES[code][lang] : code).replace(
    /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined && typeof value === 'number') {
        return (pluralOf(value, lang) === 'one' ? one : other).replace('#', formatNumber(value, lang));
      }
      if (typeof value === 'number') return formatNumber(value, lang);
      return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? formatPeriod(value, lang) : value;
    },
  );
}
