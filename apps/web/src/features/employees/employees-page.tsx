import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { EmployeesTable } from './employees-table.tsx';

/** Coordinators: every employee of every member of the mutual. */
export function EmployeesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('employees:list.title')} subtitle={t('employees:list.subtitleMutual')} />
      <EmployeesTable showMember />
    </>
  );
}
