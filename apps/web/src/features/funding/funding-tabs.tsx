import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

/** Programmes and claims: two pages of funding, linked by tabs. */
export function FundingTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const value = pathname.startsWith('/funding/claims') ? '/funding/claims' : '/funding';
  return (
    <Tabs value={value} onChange={(v) => v && navigate(v)} mb="md">
      <Tabs.List>
        <Tabs.Tab value="/funding">{t('funding:tabs.programmes')}</Tabs.Tab>
        <Tabs.Tab value="/funding/claims">{t('funding:tabs.claims')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
