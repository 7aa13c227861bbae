import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { type ConsentState, type FirmKey, useRecordConsent } from './api.ts';

/**
 * A firm's consent to research use: the statement, the decision in force and every decision. A
 * member contact decides in its own name; a coordinator records a signed decision (name required).
 */
export function ConsentCard({
  firm,
  consent,
  asCoordinator,
}: {
  firm: FirmKey;
  consent: ConsentState;
  asCoordinator: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const record = useRecordConsent(firm);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const decide = (granted: boolean) =>
    record.mutate(
      asCoordinator
        ? { granted, givenByName: name, givenByTitle: title || undefined, via: 'paper' }
        : { granted, givenByTitle: title || undefined },
      {
        onSuccess: () =>
          notify({ color: 'green', message: t(granted ? 'outcomes:consent.granted' : 'outcomes:consent.withdrawn') }),
      },
    );
  return (
    <Card withBorder component="section" aria-labelledby="consent-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="consent-title">
            {t('outcomes:consent.title')}
          </Title>
          <Badge
            color={consent.granted ? 'teal' : 'gray'}
            variant="light"
            styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
          >
            {consent.granted ? t('outcomes:consent.yes') : t('outcomes:consent.no')}
          </Badge>
        </Group>
        <Text size="sm">{i18n.language.startsWith('en') ? consent.statement.en : consent.statement.fr}</Text>
        <Text size="xs" c="dimmed">
          {t('outcomes:consent.version', { version: consent.statement.version })}
        </Text>
        <Group align="flex-end" wrap="wrap">
          {asCoordinator && (
            <TextInput
              label={t('outcomes:consent.signer')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
            />
          )}
          <TextInput
            label={t('outcomes:consent.signerTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Button onClick={() => decide(true)} loading={record.isPending} disabled={asCoordinator && !name.trim()}>
            {t('outcomes:consent.grant')}
          </Button>
          <Button
            variant="default"
            onClick={() => decide(false)}
            loading={record.isPending}
            disabled={asCoordinator && !name.trim()}
          >
            {t('outcomes:consent.withdraw')}
          </Button>
        </Group>
        <ErrorAlert error={record.error} />
        {consent.history.length > 0 && (
          <Table striped aria-label={t('outcomes:consent.history')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('outcomes:consent.at')}</Table.Th>
                <Table.Th>{t('outcomes:consent.decision')}</Table.Th>
                <Table.Th>{t('outcomes:consent.by')}</Table.Th>
                <Table.Th>{t('outcomes:consent.via')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consent.history.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{format.dateTime(d.at)}</Table.Td>
                  <Table.Td>{d.granted ? t('outcomes:consent.yes') : t('outcomes:consent.no')}</Table.Td>
                  <Table.Td>{[d.givenByName, d.givenByTitle].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>{t(`outcomes:consent.channel.${d.via}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
