import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { useFormat } from '../../components/format.ts';
import type { AuditEntry } from './api.ts';

/** Where the label of a code value is, by field and, for a state, by kind of record. */
const STATE_LABELS: Record<string, string> = {
  training_session: 'delivery:state',
  enrolment: 'delivery:enrolmentStatus',
  member: 'members:status',
  need: 'needs:status',
  course: 'catalogue:courseStatus',
  quote_request: 'quotes:status',
  pooling_run: 'pooling:status',
};
const CODE_LABELS: Record<string, string> = {
  role: 'common:role',
  mode: 'needs:mode',
  modes: 'needs:mode',
  priority: 'needs:priority',
  source: 'needs:source',
};
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value of a change in words: a state or code by its label, money, dates and months in the page's language. */
function useShowValue(entityType: string) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const ref = useReference();
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (Array.isArray(value)) return value.map((v) => show(field, v)).join(', ');
    if (typeof value === 'boolean') return value ? t('common:yes') : t('common:no');
    if (typeof value === 'number')
      return /Cents$/.test(field)
        ? format.money(value)
        : /[Hh]ours$/.test(field)
          ? format.hours(value)
          : format.number(value);
    if (typeof value !== 'string') return '…';
    if (ISO_INSTANT.test(value)) return format.dateTime(value);
    if (ISO_DAY.test(value)) return format.date(value);
    if (ISO_MONTH.test(value)) return format.month(value);
    if (field === 'regionCode' || field === 'regions') return ref.regionLabel(value);
    if (field === 'language' || field === 'languages' || field === 'locale') return ref.languageLabel(value);
    const labels =
      field === 'status' || field === 'to' || field === 'from' ? STATE_LABELS[entityType] : CODE_LABELS[field];
    if (labels && i18n.exists(`${labels}.${value}`)) return t(`${labels}.${value}`);
    return value;
  };
  return show;
}

/** The changed fields of an audit entry, one line each: "Titre : Ancien → Nouveau". */
export function ChangeSummary({ entry }: { entry: Pick<AuditEntry, 'entityType' | 'changes'> }) {
  const { t } = useTranslation();
  const show = useShowValue(entry.entityType);
  if (entry.changes.length === 0) return null;
  return (
    <List size="sm" listStyleType="none" spacing={2}>
      {entry.changes.map((c) => (
        <List.Item key={c.field}>
          <Text span size="sm" fw={600}>
            {t(`audit:changeFields.${c.field}`, { defaultValue: t('audit:changeFields.other') })}
          </Text>
          {t('audit:colon')}
          {c.before === null ? show(c.field, c.after) : `${show(c.field, c.before)} → ${show(c.field, c.after)}`}
        </List.Item>
      ))}
    </List>
  );
}
