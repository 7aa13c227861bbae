import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { dollarsToCents, today, useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { useFieldErrors } from '../../../components/use-field-errors.ts';
import { useAccounts, usePostEntry } from '../api.ts';

type Line = { accountId: string | null; debit: number | string; credit: number | string };
const empty = (): Line => ({ accountId: null, debit: '', credit: '' });

/** An adjustment entry (opening balances, bank interest or fees…): its lines must balance. */
export function AdjustmentForm() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const accounts = useAccounts();
  const post = usePostEntry();
  const form = useFieldErrors();
  const [entryDate, setEntryDate] = useState(today());
  const [description, setDescription] = useState('');
  const [lines, setLines] = useState<Line[]>([empty(), empty()]);
  const en = i18n.language.startsWith('en');
  const options = (accounts.data?.items ?? [])
    .filter((a) => a.active)
    .map((a) => ({ value: a.id, label: `${a.code} ${en ? a.nameEn : a.nameFr}` }));
  const cents = (v: number | string) => (v === '' ? 0 : dollarsToCents(v));
  const debits = lines.reduce((s, l) => s + cents(l.debit), 0);
  const credits = lines.reduce((s, l) => s + cents(l.credit), 0);
  const setLine = (i: number, patch: Partial<Line>) =>
    setLines(lines.map((l, k) => (k === i ? { ...l, ...patch } : l)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    post.mutate(
      {
        entryDate,
        description,
        lines: lines
          .filter((l) => l.accountId)
          .map((l) => ({ accountId: l.accountId as string, debitCents: cents(l.debit), creditCents: cents(l.credit) })),
      },
      {
        onSuccess: (entry) => {
          notify({ color: 'green', message: t('finance:ledger.posted', { number: entry.number }) });
          setDescription('');
          setLines([empty(), empty()]);
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack maw={860}>
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('finance:ledger.date')}
            value={entryDate}
            onChange={(e) => setEntryDate(e.currentTarget.value)}
            required
            error={form.error('entryDate')}
          />
          <TextInput
            label={t('finance:ledger.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            required
            w={460}
          />
        </Group>
        {lines.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines being typed have no id
          <Group key={i} align="flex-end">
            <Select
              label={t('finance:ledger.lineAccount', { n: i + 1 })}
              data={options}
              searchable
              value={l.accountId}
              onChange={(v) => setLine(i, { accountId: v })}
              w={380}
            />
            <NumberInput
              label={t('finance:ledger.debit')}
              value={l.debit}
              onChange={(v) => setLine(i, { debit: v })}
              decimalScale={2}
              min={0}
              w={150}
            />
            <NumberInput
              label={t('finance:ledger.credit')}
              value={l.credit}
              onChange={(v) => setLine(i, { credit: v })}
              decimalScale={2}
              min={0}
              w={150}
            />
          </Group>
        ))}
        <Group>
          <Button variant="default" size="xs" onClick={() => setLines([...lines, empty()])}>
            {t('finance:ledger.addLine')}
          </Button>
          <Text size="sm" c={debits === credits ? undefined : 'red.8'}>
            {t('finance:ledger.difference', { debits: format.amount(debits), credits: format.amount(credits) })}
          </Text>
        </Group>
        <FormError form={form} />
        <Group>
          <Button type="submit" loading={post.isPending}>
            {t('finance:ledger.post')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
