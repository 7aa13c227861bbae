import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { lastCompleteYear } from './api.ts';
import { FirmYearEditor } from './firm-year-editor.tsx';

/** /my-outcomes — a member contact fills in its firm's yearly outcome form and decides on research use. */
export function MyOutcomesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [year, setYear] = useState(lastCompleteYear());
  const years = Array.from({ length: 6 }, (_, i) => lastCompleteYear() + 1 - i);
  return (
    <>
      <PageHeader
        title={t('outcomes:myTitle')}
        subtitle={t('outcomes:mySubtitle')}
        actions={
          <Select
            label={t('outcomes:year')}
            data={years.map(String)}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={120}
          />
        }
      />
      <Stack>
        {me.memberId && (
          <FirmYearEditor
            key={year}
            firm={{ kind: 'member', memberId: me.memberId }}
            year={year}
            asCoordinator={false}
          />
        )}
      </Stack>
    </>
  );
}
