import { Anchor, Text } from '@mantine/core';
import { mayOpenPage, type WebPageName } from '@mutualis/contracts/web-paths';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../components/page-header.tsx';
import { useMe } from '../features/auth/session.ts';
import { homeOf } from './navigation.ts';

/**
 * Renders a page only for the roles the page table gives it; anyone else gets the "not allowed" page,
 * and the page's code and API calls never run (no error, no buttons of a page one cannot use).
 */
export function ForRoles({ page, children }: { page: WebPageName; children: ReactNode }) {
  const { data: me } = useMe();
  if (!me) return null; // the shell sends a visitor without a session to the login page
  if (!mayOpenPage(page, me.role)) return <NotAllowedPage />;
  return children;
}

export function NotAllowedPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('common:notAllowed.title')} />
      <Text mb="md">{t('common:notAllowed.text', { role: t(`common:role.${me.role}`) })}</Text>
      <Anchor component={Link} to={homeOf(me.role)}>
        {t('common:notAllowed.home')}
      </Anchor>
    </>
  );
}
