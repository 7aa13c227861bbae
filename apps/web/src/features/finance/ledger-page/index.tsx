import { Button, Group, Tabs } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/error-alert.tsx';
import { notify } from '../../../components/notify.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { downloadLedger } from '../api.ts';
import { FinanceTabs } from '../finance-tabs.tsx';
import { AccountsPanel } from './accounts-panel.tsx';
import { AdjustmentForm } from './adjustment-form.tsx';
import { ClosePanel } from './close-panel.tsx';
import { GeneralLedgerPanel } from './general-ledger-panel.tsx';
import { JournalPanel } from './journal-panel.tsx';
import { TrialBalancePanel } from './trial-balance-panel.tsx';

/** /finance/ledger: trial balance, journal, chart of accounts, general ledger, adjustments, period close, export. */
export function LedgerPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [tab, setTab] = useState<string>('trial');
  const [account, setAccount] = useState<string | null>(null);
  const download = (format: 'csv' | 'xlsx') =>
    downloadLedger(format).catch((e) => notify({ color: 'red', message: message(e) }));
  const openAccount = (id: string) => {
    setAccount(id);
    setTab('ledger');
  };
  return (
    <>
      <PageHeader
        title={t('finance:ledger.title')}
        subtitle={t('finance:ledger.subtitle')}
        actions={
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => download('csv')}
            >
              {t('finance:ledger.exportCsv')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => download('xlsx')}
            >
              {t('finance:ledger.exportXlsx')}
            </Button>
          </Group>
        }
      />
      <FinanceTabs />
      <Tabs value={tab} onChange={(v) => v && setTab(v)} variant="pills" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="trial">{t('finance:ledger.trialBalance')}</Tabs.Tab>
          <Tabs.Tab value="journal">{t('finance:ledger.journal')}</Tabs.Tab>
          <Tabs.Tab value="accounts">{t('finance:ledger.accounts')}</Tabs.Tab>
          <Tabs.Tab value="ledger">{t('finance:ledger.generalLedger')}</Tabs.Tab>
          <Tabs.Tab value="adjust">{t('finance:ledger.adjustment')}</Tabs.Tab>
          <Tabs.Tab value="close">{t('finance:ledger.close')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="trial">
          <TrialBalancePanel onAccount={openAccount} />
        </Tabs.Panel>
        <Tabs.Panel value="journal">
          <JournalPanel />
        </Tabs.Panel>
        <Tabs.Panel value="accounts">
          <AccountsPanel onAccount={openAccount} />
        </Tabs.Panel>
        <Tabs.Panel value="ledger">
          <GeneralLedgerPanel accountId={account} onAccount={setAccount} />
        </Tabs.Panel>
        <Tabs.Panel value="adjust">
          <AdjustmentForm />
        </Tabs.Panel>
        <Tabs.Panel value="close">
          <ClosePanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
