import { Button, Card, Group, Loader, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { downloadSavingsStatement, useMySavings } from './api.ts';

/** /my-savings: the firm's pooled share against its cost alone, need by need, and the year's statement (PDF). */
export function MySavingsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [picked, setPicked] = useState(false);
  const { data, error, isLoading } = useMySavings(year);
  const en = i18n.language.startsWith('en');
  const yearsWithLines = useMemo(
    () => [...new Set((data?.items ?? []).map((l) => Number(l.period.slice(0, 4))))],
    [data],
  );
  const years = [...new Set([thisYear, ...yearsWithLines])].sort((a, b) => b - a).map(String);
  // open on the latest year with pooled sessions when the current one has none
  useEffect(() => {
    if (picked || !data || yearsWithLines.includes(year) || yearsWithLines.length === 0) return;
    setYear(Math.max(...yearsWithLines));
  }, [data, picked, year, yearsWithLines]);
  const download = (lang: 'fr' | 'en') =>
    downloadSavingsStatement(year, lang).catch((e) => notifications.show({ color: 'red', message: message(e) }));
  const lines = data?.items.filter((l) => l.period.startsWith(`${year}-`)) ?? [];

  return (
    <>
      <PageHeader
        title={t('pooling:savings.title')}
        subtitle={data?.memberName}
        actions={
          <>
            <Select
              label={t('pooling:savings.year')}
              data={years}
              value={String(year)}
              onChange={(v) => {
                if (!v) return;
                setPicked(true);
                setYear(Number(v));
              }}
              allowDeselect={false}
              w={110}
            />
            <Button leftSection={<IconDownload size={16} aria-hidden />} variant="light" onClick={() => download('fr')}>
              {t('pooling:savings.pdfFr')}
            </Button>
            <Button leftSection={<IconDownload size={16} aria-hidden />} variant="light" onClick={() => download('en')}>
              {t('pooling:savings.pdfEn')}
            </Button>
          </>
        }
      />
      {isLoading && <Loader aria-label={t('common:loading')} />}
      <ErrorAlert error={error} />
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mb="lg">
            <Card withBorder padding="sm">
              <Text size="xs" c="dimmed">
                {t('pooling:savings.pooled')}
              </Text>
              <Text fw={700} size="lg">
                {format.money(data.yearToDate.pooledCents, 2)}
              </Text>
            </Card>
            <Card withBorder padding="sm">
              <Text size="xs" c="dimmed">
                {t('pooling:savings.alone')}
              </Text>
              <Text fw={700} size="lg">
                {format.money(data.yearToDate.standaloneCents, 2)}
              </Text>
            </Card>
            <Card withBorder padding="sm">
              <Text size="xs" c="dimmed">
                {t('pooling:savings.saved')}
              </Text>
              <Text fw={700} size="lg">
                {format.money(data.yearToDate.savingsCents, 2)}
              </Text>
            </Card>
          </SimpleGrid>
          {lines.length === 0 ? (
            <Text c="dimmed">{t('pooling:savings.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table striped>
                <Table.Caption>{t('pooling:savings.caption', { year })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('pooling:savings.period')}</Table.Th>
                    <Table.Th>{t('pooling:savings.training')}</Table.Th>
                    <Table.Th ta="right">{t('pooling:savings.seats')}</Table.Th>
                    <Table.Th ta="right">{t('pooling:savings.pooled')}</Table.Th>
                    <Table.Th ta="right">{t('pooling:savings.alone')}</Table.Th>
                    <Table.Th ta="right">{t('pooling:savings.saved')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lines.map((l) => (
                    <Table.Tr key={`${l.sessionId}-${l.needId}`}>
                      <Table.Td>{format.period(l.period)}</Table.Td>
                      <Table.Td>
                        {en ? l.courseEn : l.courseFr}
                        <Text size="xs" c="dimmed">
                          {en ? l.topicEn : l.topicFr}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{l.seats}</Table.Td>
                      <Table.Td ta="right">{format.money(l.pooledCents, 2)}</Table.Td>
                      <Table.Td ta="right">{format.money(l.standaloneCents, 2)}</Table.Td>
                      <Table.Td ta="right">{format.money(l.savingsCents, 2)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group mt="md">
            <Text size="xs" c="dimmed">
              {t('pooling:savings.note')}
            </Text>
          </Group>
        </>
      )}
    </>
  );
}
