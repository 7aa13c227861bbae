import { Button, Divider, Title } from '@mantine/core';
import { IconMailForward, IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/error-alert.tsx';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { AgeingCards } from './ageing-cards.tsx';
import { useInvoiceSessions, useSendReminders } from './api.ts';
import { FinanceTabs } from './finance-tabs.tsx';
import { InvoicesTable } from './invoices-table.tsx';
import { SessionsToInvoice } from './sessions-to-invoice.tsx';

/** /finance/invoicing: sessions to invoice, the invoicing run, invoices, receivables by age, reminders. */
export function InvoicingPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const runAll = useInvoiceSessions();
  const remind = useSendReminders();
  return (
    <>
      <PageHeader
        title={t('finance:invoicing.title')}
        subtitle={t('finance:invoicing.subtitle')}
        actions={
          <>
            <Button
              leftSection={<IconReceipt size={16} aria-hidden />}
              loading={runAll.isPending}
              onClick={() =>
                runAll.mutate(undefined, {
                  onSuccess: (r) =>
                    notify({
                      color: 'green',
                      message: t('finance:invoicing.ran', { sessions: r.sessions, invoices: r.invoices }),
                    }),
                  onError: (e) => notify({ color: 'red', message: message(e) }),
                })
              }
            >
              {t('finance:invoicing.runAll')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconMailForward size={16} aria-hidden />}
              loading={remind.isPending}
              onClick={() =>
                remind.mutate(undefined, {
                  onSuccess: (r) =>
                    notify({ color: 'green', message: t('finance:invoicing.reminded', { count: r.sent }) }),
                  onError: (e) => notify({ color: 'red', message: message(e) }),
                })
              }
            >
              {t('finance:invoicing.remind')}
            </Button>
          </>
        }
      />
      <FinanceTabs />
      <AgeingCards />
      <SessionsToInvoice />
      <Divider my="lg" />
      <Title order={2} size="h4" mb="xs">
        {t('finance:invoices.title')}
      </Title>
      <InvoicesTable base="/finance/invoices" />
    </>
  );
}
