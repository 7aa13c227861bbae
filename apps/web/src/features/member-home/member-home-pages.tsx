import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { EmployeesTable } from '../employees/employees-table.tsx';
import { useMember } from '../members/api.ts';
import { MemberOverview } from '../members/member-page.tsx';

/** Member contact: its own firm, read-only. */
export function MyFirmPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { data, error } = useMember(me.memberId ?? undefined);
  return (
    <>
      <PageHeader title={data?.legalName ?? t('memberHome:myFirm.title')} subtitle={t('memberHome:myFirm.subtitle')} />
      <ErrorAlert error={error} />
      {data && <MemberOverview member={data} canChangeStatus={false} />}
    </>
  );
}

/** Member contact: the firm's employees (add, edit, end, import, export). */
export function MyEmployeesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t('memberHome:myEmployees.title')} subtitle={t('memberHome:myEmployees.subtitle')} />
      {me.memberId && <EmployeesTable memberId={me.memberId} importTo="/my-employees/import" />}
    </>
  );
}

/** Trainer: placeholder until sessions and attendance exist. */
export function MyProviderPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('memberHome:myProvider.title')} />
      <Alert color="blue" variant="light">
        <Text>{t('memberHome:myProvider.soon')}</Text>
      </Alert>
    </>
  );
}
