import { Anchor, Button, Card, Grid, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { downloadInvoicePdf, useInvoice } from './api.ts';
import { InvoiceActions } from './invoice-actions.tsx';
import { MoneyBadge } from './status.tsx';

/** /finance/invoices/:id (coordinator) and /my-invoices/:id (the firm's contact): one invoice or credit note. */
export function InvoicePage() {
  const { t, i18n } = useTranslation();
  const { invoiceId } = useParams();
  const me = useCurrentUser();
  const format = useFormat();
  const message = useErrorMessage();
  const { data: inv, error, isLoading } = useInvoice(invoiceId);
  const en = i18n.language.startsWith('en');
  const base = me.role === 'coordinator' ? '/finance/invoices' : '/my-invoices';
  const download = (lang: 'fr' | 'en') =>
    inv && downloadInvoicePdf(inv.id, lang).catch((e) => notify({ color: 'red', message: message(e) }));
  const total = (label: string, cents: number, strong = false) => (
    <Group justify="space-between" key={label}>
      <Text size="sm" fw={strong ? 700 : 400}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 400}>
        {format.amount(cents)}
      </Text>
    </Group>
  );
  return (
    <>
      <PageHeader
        title={inv ? `${t(`finance:kind.${inv.kind}`)} ${inv.number}` : t('finance:invoice.title')}
        subtitle={inv?.memberName}
        actions={
          inv && (
            <>
              <Button
                leftSection={<IconDownload size={16} aria-hidden />}
                variant="light"
                onClick={() => download('fr')}
              >
                {t('finance:invoice.pdfFr')}
              </Button>
              <Button
                leftSection={<IconDownload size={16} aria-hidden />}
                variant="light"
                onClick={() => download('en')}
              >
                {t('finance:invoice.pdfEn')}
              </Button>
            </>
          )
        }
      />
      {isLoading && <Loader aria-label={t('common:loading')} />}
      <ErrorAlert error={error} />
      {inv && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack>
              <Group gap="lg">
                <Text size="sm">
                  {t('finance:invoices.issued')} : {format.date(inv.issuedOn)}
                </Text>
                {inv.dueOn && (
                  <Text size="sm">
                    {t('finance:invoices.dueOn')} : {format.date(inv.dueOn)}
                  </Text>
                )}
                {inv.kind === 'invoice' ? (
                  <MoneyBadge status={inv.status} labelKey="finance:status" />
                ) : (
                  <MoneyBadge status="credit_note" labelKey="finance:kind" />
                )}
                {inv.overdue && <MoneyBadge status="overdue" labelKey="finance:status" />}
              </Group>
              {inv.creditsInvoiceId && (
                <Text size="sm">
                  {t('finance:invoice.credits')}{' '}
                  <Anchor component={Link} to={`${base}/${inv.creditsInvoiceId}`}>
                    {inv.creditsInvoiceNumber}
                  </Anchor>
                  {inv.reason ? ` — ${inv.reason}` : ''}
                </Text>
              )}
              <Table.ScrollContainer minWidth={600}>
                <Table striped aria-label={t('finance:invoice.lines')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('finance:invoice.description')}</Table.Th>
                      <Table.Th ta="right">{t('finance:invoice.quantity')}</Table.Th>
                      <Table.Th ta="right">{t('finance:invoice.gross')}</Table.Th>
                      <Table.Th ta="right">{t('finance:invoice.subsidy')}</Table.Th>
                      <Table.Th ta="right">{t('finance:invoice.net')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {inv.lines.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          {en ? l.descriptionEn : l.descriptionFr}
                          {!l.taxable && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              ({t('finance:invoice.exempt')})
                            </Text>
                          )}
                          {l.subsidies.map((s) => (
                            <Text size="xs" c="dimmed" key={s.programmeId}>
                              {t('finance:invoice.subsidyBy', {
                                programme: s.programmeName,
                                funder: s.funderName,
                                amount: format.amount(s.cents),
                              })}
                              {s.limits.length > 0 && ` — ${s.limits.map((x) => t(`finance:limits.${x}`)).join(', ')}`}
                            </Text>
                          ))}
                        </Table.Td>
                        <Table.Td ta="right">{l.quantity ?? ''}</Table.Td>
                        <Table.Td ta="right">{format.amount(l.grossCents)}</Table.Td>
                        <Table.Td ta="right">{l.subsidyCents ? format.amount(-l.subsidyCents) : ''}</Table.Td>
                        <Table.Td ta="right">{format.amount(l.netCents)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {inv.payments.length > 0 && (
                <>
                  <Title order={2} size="h5">
                    {t('finance:invoice.payments')}
                  </Title>
                  {inv.payments.map((p) => (
                    <Text size="sm" key={p.id}>
                      {format.date(p.receivedOn)} — {format.amount(p.amountCents)} ({t(`finance:method.${p.method}`)}
                      {p.reference ? `, ${p.reference}` : ''})
                    </Text>
                  ))}
                </>
              )}
              {inv.creditNotes.map((c) => (
                <Text size="sm" key={c.id}>
                  {t('finance:invoice.creditNote')}{' '}
                  <Anchor component={Link} to={`${base}/${c.id}`}>
                    {c.number}
                  </Anchor>{' '}
                  — {format.amount(c.totalCents)}
                </Text>
              ))}
              {me.role === 'coordinator' && <InvoiceActions invoice={inv} />}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card withBorder>
              <Stack gap={4}>
                {total(t('finance:invoice.gross'), inv.grossCents)}
                {total(t('finance:invoice.subsidies'), -inv.subsidyCents)}
                {total(t('finance:invoice.net'), inv.netCents)}
                {total(t('finance:invoice.gstAt', { rate: format.ppm(inv.gstPpm) }), inv.gstCents)}
                {total(t('finance:invoice.qstAt', { rate: format.ppm(inv.qstPpm) }), inv.qstCents)}
                {total(t('finance:invoices.total'), inv.totalCents, true)}
                {inv.kind === 'invoice' && total(t('finance:invoice.paidAmount'), inv.paidCents)}
                {inv.kind === 'invoice' &&
                  inv.creditedCents > 0 &&
                  total(t('finance:invoice.creditedAmount'), inv.creditedCents)}
                {inv.kind === 'invoice' && total(t('finance:invoices.balance'), inv.dueCents, true)}
              </Stack>
              <Text size="xs" c="dimmed" mt="sm">
                {t('finance:invoice.taxNumbers', { gst: inv.gstNumber ?? '—', qst: inv.qstNumber ?? '—' })}
              </Text>
            </Card>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
