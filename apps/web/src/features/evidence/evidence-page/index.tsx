import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { useCurrentUser } from '../../auth/session.ts';
import { downloadResearchDictionary, downloadResearchExport, useEvidenceDashboard } from '../api.ts';
import { useObservedMutual } from '../observed-mutual.tsx';
import { EvaluationSection } from './evaluation-section.tsx';
import { ProductivitySection } from './productivity-section.tsx';
import { PromotionSection } from './promotion-section.tsx';
import { RetentionSection } from './retention-section.tsx';
import { RoiSection } from './roi-section.tsx';
import { WagesSection } from './wages-section.tsx';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={800}>
        {value}
      </Text>
    </Card>
  );
}

function ResearchExport({ mutualId }: { mutualId?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (what: string, download: () => Promise<void>) => {
    setBusy(what);
    try {
      await download();
    } catch (error) {
      notify({ color: 'red', message: message(error) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="export-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="export-title">
          {t('evidence:export.title')}
        </Title>
        <Text size="sm">{t('evidence:export.help')}</Text>
        <Group>
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === 'data'}
            onClick={() => void run('data', () => downloadResearchExport(mutualId))}
          >
            {t('evidence:export.data')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === 'dictionary'}
            onClick={() => void run('dictionary', () => downloadResearchDictionary(mutualId))}
          >
            {t('evidence:export.dictionary')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** /evidence — what training changed, for the coordinator, the board and (consenting firms only) funders and researchers. */
export function EvidencePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormat();
  const thisYear = new Date().getFullYear();
  const [since, setSince] = useState<string | null>(null);
  const observed = useObservedMutual();
  const { data, error, isLoading } = useEvidenceDashboard(
    since ? `${since}-01-01` : undefined,
    observed.mutualId,
    observed.ready,
  );
  const count = (n: number | null) => (n === null ? t('evidence:suppressedShort') : format.number(n));
  return (
    <>
      <PageHeader
        title={t('evidence:title')}
        subtitle={
          data ? t('evidence:subtitle', { from: format.date(data.windowStart), to: format.date(data.asOf) }) : undefined
        }
        actions={
          <Group gap="xs" align="flex-end">
            {observed.picker}
            <Select
              label={t('evidence:since')}
              data={[5, 4, 3, 2].map((n) => ({ value: String(thisYear - n), label: String(thisYear - n) }))}
              value={since ?? String(thisYear - 5)}
              onChange={(v) => setSince(v)}
              allowDeselect={false}
              w={140}
            />
          </Group>
        }
      />
      <ErrorAlert error={error} />
      {isLoading && <PageLoading />}
      {data && (
        <Stack>
          <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} title={t('evidence:privacy.title')}>
            <Stack gap={4}>
              <Text size="sm">
                {t('evidence:privacy.suppression', {
                  people: data.suppression.minPeople,
                  firms: data.suppression.minFirms,
                })}
              </Text>
              <Text size="sm">
                {t('evidence:privacy.minimum', {
                  people: data.minimumSample.peoplePerGroup,
                  firms: data.minimumSample.firmsPerGroup,
                  firmUnits: data.minimumSample.firmUnitsPerGroup,
                })}
              </Text>
              <Text size="sm">
                {data.audience === 'consenting_firms'
                  ? t('evidence:privacy.consenting', { firms: data.firmsIncluded })
                  : t('evidence:privacy.allFirms', { firms: data.firmsIncluded })}
              </Text>
            </Stack>
          </Alert>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Stat label={t('evidence:stats.trained')} value={count(data.cohort.trained)} />
            <Stat label={t('evidence:stats.comparison')} value={count(data.cohort.comparison)} />
            <Stat label={t('evidence:stats.trainedFirms')} value={count(data.cohort.trainedFirms)} />
            <Stat label={t('evidence:stats.comparisonFirms')} value={count(data.cohort.comparisonFirms)} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('evidence:cohortHelp')}
          </Text>
          <Tabs defaultValue="retention" keepMounted={false}>
            <Tabs.List>
              {(['retention', 'wages', 'promotion', 'productivity', 'evaluation', 'roi'] as const).map((tab) => (
                <Tabs.Tab key={tab} value={tab}>
                  {t(`evidence:tabs.${tab}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="retention" pt="md">
              <RetentionSection data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="wages" pt="md">
              <WagesSection data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="promotion" pt="md">
              <PromotionSection data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="productivity" pt="md">
              <ProductivitySection data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="evaluation" pt="md">
              <EvaluationSection data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="roi" pt="md">
              <RoiSection data={data} />
            </Tabs.Panel>
          </Tabs>
          {(me.role === 'researcher' || me.role === 'coordinator') && <ResearchExport mutualId={observed.mutualId} />}
        </Stack>
      )}
    </>
  );
}
