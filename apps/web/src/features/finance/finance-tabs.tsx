import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

const TABS = [
  '/finance/invoicing',
  '/finance/bills',
  '/finance/dues',
  '/finance/one-percent',
  '/finance/ledger',
  '/finance/settings',
] as const;
const KEYS: Record<(typeof TABS)[number], string> = {
  '/finance/invoicing': 'finance:tabs.invoicing',
  '/finance/bills': 'finance:tabs.bills',
  '/finance/dues': 'finance:tabs.dues',
  '/finance/one-percent': 'finance:tabs.onePercent',
  '/finance/ledger': 'finance:tabs.ledger',
  '/finance/settings': 'finance:tabs.settings',
};

/** The coordinator's money pages, linked by tabs. */
export function FinanceTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const value = TABS.find((p) => pathname.startsWith(p)) ?? '/finance/invoicing';
  return (
    <Tabs value={value} onChange={(v) => v && navigate(v)} mb="md">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab} value={tab}>
            {t(KEYS[tab])}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
