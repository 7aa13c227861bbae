import { Anchor, Button, Group, Select, Table, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { useFieldErrors } from '../../../components/use-field-errors.ts';
import { useAccounts, useCreateAccount } from '../api.ts';

const KINDS = ['asset', 'liability', 'equity', 'revenue', 'expense'] as const;

/** The chart of accounts with balances, and a form to add an account. */
export function AccountsPanel({ onAccount }: { onAccount: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { data, error } = useAccounts();
  const create = useCreateAccount();
  const form = useFieldErrors();
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('expense');
  const [nameFr, setNameFr] = useState('');
  const [nameEn, setNameEn] = useState('');
  const en = i18n.language.startsWith('en');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    create.mutate(
      { code, kind, nameFr, nameEn },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('finance:ledger.accountAdded') });
          setCode('');
          setNameFr('');
          setNameEn('');
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label={t('finance:ledger.accounts')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance:ledger.code')}</Table.Th>
              <Table.Th>{t('finance:ledger.account')}</Table.Th>
              <Table.Th>{t('finance:ledger.kind')}</Table.Th>
              <Table.Th ta="right">{t('finance:ledger.balance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.code}</Table.Td>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => onAccount(a.id)}>
                    {en ? a.nameEn : a.nameFr}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`finance:accountKind.${a.kind}`)}</Table.Td>
                <Table.Td ta="right">{format.amount(a.balanceCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <form onSubmit={submit}>
        <Group align="flex-end" mt="md">
          <TextInput
            label={t('finance:ledger.code')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            required
            w={110}
            error={form.error('code')}
          />
          <Select
            label={t('finance:ledger.kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`finance:accountKind.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as typeof kind)}
            allowDeselect={false}
            w={160}
          />
          <TextInput
            label={t('finance:ledger.nameFr')}
            value={nameFr}
            onChange={(e) => setNameFr(e.currentTarget.value)}
            required
            w={240}
          />
          <TextInput
            label={t('finance:ledger.nameEn')}
            value={nameEn}
            onChange={(e) => setNameEn(e.currentTarget.value)}
            required
            w={240}
          />
          <Button type="submit" loading={create.isPending}>
            {t('finance:ledger.addAccount')}
          </Button>
        </Group>
        <FormError form={form} unlessFieldErrors mt="sm" />
      </form>
    </>
  );
}
