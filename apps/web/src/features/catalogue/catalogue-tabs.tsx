import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

/** Courses, providers and topics: three pages of one catalogue, linked by tabs. */
export function CatalogueTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const value = ['/providers', '/topics'].find((p) => pathname.startsWith(p)) ?? '/courses';
  return (
    <Tabs value={value} onChange={(v) => v && navigate(v)} mb="md">
      <Tabs.List>
        <Tabs.Tab value="/courses">{t('catalogue:tabs.courses')}</Tabs.Tab>
        <Tabs.Tab value="/providers">{t('catalogue:tabs.providers')}</Tabs.Tab>
        <Tabs.Tab value="/topics">{t('catalogue:tabs.topics')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
