import {
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import {
  type PrivacyOfficerRequest,
  type RetentionAnswer,
  usePrivacyOfficer,
  useRetention,
  useSetPrivacyOfficer,
  useSetRetention,
} from './api.ts';

/** The mutual's privacy officer, shown at the foot of every page and e-mail. */
function OfficerForm() {
  const { t } = useTranslation();
  const { data } = usePrivacyOfficer();
  const save = useSetPrivacyOfficer();
  const form = useFieldErrors();
  const [values, setValues] = useState<PrivacyOfficerRequest>({ name: '', title: '', email: '', phone: null });
  useEffect(() => {
    if (data?.source === 'mutual' && data.officer) setValues(data.officer);
  }, [data]);
  const field = (key: 'name' | 'title' | 'email' | 'phone', required = false) => (
    <TextInput
      label={t(`privacy:settings.officer.${key}`)}
      required={required}
      type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
      value={values[key] ?? ''}
      error={form.error(key)}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [key]: key === 'phone' && value === '' ? null : value }));
        form.clear(key);
      }}
    />
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="privacy-officer-heading">
      <Title order={2} size="h3" id="privacy-officer-heading" mb="xs">
        {t('privacy:settings.officer.heading')}
      </Title>
      <Text size="sm" mb="md">
        {data?.source === 'mutual'
          ? t('privacy:settings.officer.named')
          : data?.officer
            ? t('privacy:settings.officer.platform', { name: data.officer.name, email: data.officer.email })
            : t('privacy:settings.officer.none')}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.reset();
          save.mutate(values, {
            onSuccess: () => notify({ color: 'green', message: t('privacy:settings.officer.saved') }),
            onError: form.fromError,
          });
        }}
      >
        <Stack>
          <FormError form={form} unlessFieldErrors />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {field('name', true)}
            {field('title')}
            {field('email', true)}
            {field('phone')}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('privacy:settings.officer.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The periods by kind of data, editable within bounds; what is never purged and why; the purges. */
function Retention({ retention }: { retention: RetentionAnswer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSetRetention();
  const form = useFieldErrors();
  const [months, setMonths] = useState<Record<string, number>>(() =>
    Object.fromEntries(retention.periods.map((p) => [p.kind, p.months])),
  );
  const kindLabel = (kind: string) => t(`privacy:settings.kinds.${kind}`);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="retention-heading">
      <Title order={2} size="h3" id="retention-heading" mb="xs">
        {t('privacy:settings.retention.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('privacy:settings.retention.intro', { next: format.dateTime(retention.nextRunAt) })}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.reset();
          const periods = retention.periods.map((p) => ({ kind: p.kind, months: months[p.kind] ?? p.months }));
          save.mutate(
            { periods },
            {
              onSuccess: () => notify({ color: 'green', message: t('privacy:settings.retention.saved') }),
              onError: form.fromError,
            },
          );
        }}
      >
        <Stack>
          <FormError form={form} unlessFieldErrors />
          <TableScroll minWidth={560} labelledBy="retention-heading">
            <Table>
              <Table.Caption>{t('privacy:settings.retention.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('privacy:settings.retention.kind')}</Table.Th>
                  <Table.Th>{t('privacy:settings.retention.months')}</Table.Th>
                  <Table.Th>{t('privacy:settings.retention.bounds')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {retention.periods.map((p, i) => (
                  <Table.Tr key={p.kind}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {kindLabel(p.kind)}
                      </Text>
                      <Text size="xs" c="gray.7">
                        {t(`privacy:settings.reasons.${p.kind}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={120}>
                      <NumberInput
                        aria-label={t('privacy:settings.retention.monthsOf', { kind: kindLabel(p.kind) })}
                        min={p.minMonths}
                        max={p.maxMonths}
                        allowDecimal={false}
                        value={months[p.kind]}
                        error={form.error(`periods.${i}.months`)}
                        onChange={(v) => {
                          setMonths((m) => ({ ...m, [p.kind]: Number(v) }));
                          form.clear(`periods.${i}.months`);
                        }}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t('privacy:settings.retention.boundsValue', {
                          min: format.number(p.minMonths),
                          max: format.number(p.maxMonths),
                          default: format.number(p.defaultMonths),
                        })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('privacy:settings.retention.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Alert color="blue" variant="light" mt="md" title={t('privacy:settings.kept.title')}>
        <List size="sm">
          {retention.kept.map((k) => (
            <List.Item key={k}>{t(`privacy:settings.kept.${k}`)}</List.Item>
          ))}
        </List>
      </Alert>
      <Title order={3} size="h4" mt="lg" mb="xs">
        {t('privacy:settings.runs.title')}
      </Title>
      {retention.runs.length === 0 ? (
        <Text size="sm">{t('privacy:settings.runs.none')}</Text>
      ) : (
        <List size="sm">
          {retention.runs.map((run) => {
            const purged = Object.entries(run.counts).filter(([, n]) => n > 0);
            return (
              <List.Item key={run.ranAt}>
                {format.dateTime(run.ranAt)}
                {' — '}
                {purged.length === 0
                  ? t('privacy:settings.runs.nothing')
                  : purged
                      .map(([kind, n]) =>
                        t('privacy:settings.runs.count', { kind: kindLabel(kind), count: format.number(n) }),
                      )
                      .join(' · ')}
              </List.Item>
            );
          })}
        </List>
      )}
    </Paper>
  );
}

/** /privacy/settings: the mutual's privacy officer and its retention periods with the daily purge (Law 25). */
export function PrivacySettingsPage() {
  const { t } = useTranslation();
  const { data, isLoading, error } = useRetention();
  return (
    <>
      <PageHeader title={t('privacy:settings.title')} subtitle={t('privacy:settings.subtitle')} />
      <Stack>
        <OfficerForm />
        {isLoading ? <PageLoading /> : error ? <ErrorAlert error={error} /> : data && <Retention retention={data} />}
      </Stack>
    </>
  );
}
