import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { type Diagnostic, useValidateDiagnostic } from '../api.ts';
import { NeedLinesTable } from './need-lines-table.tsx';

/** The member contact reads the diagnostic and validates its lines (rejecting some). */
export function MemberView({ diagnostic: d }: { diagnostic: Diagnostic }) {
  const { t } = useTranslation();
  const format = useFormat();
  const validate = useValidateDiagnostic(d.id);
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setRejected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Stack>
      {d.challenges && (
        <Card withBorder>
          <Text fw={600}>{t('needs:diagnostic.challenges')}</Text>
          <Text>{d.challenges}</Text>
          {d.priorities && (
            <>
              <Text fw={600} mt="sm">
                {t('needs:diagnostic.priorities')}
              </Text>
              <Text>{d.priorities}</Text>
            </>
          )}
        </Card>
      )}
      <Title order={2} size="h4">
        {t('needs:diagnostic.proposedLines')}
      </Title>
      {d.status === 'completed' ? (
        <>
          <Text size="sm">{t('needs:diagnostic.validateHelp')}</Text>
          <NeedLinesTable diagnostic={d} rejected={rejected} onToggle={toggle} />
          <ErrorAlert error={validate.error} />
          <Group>
            <Button
              loading={validate.isPending}
              onClick={() =>
                validate.mutate([...rejected], {
                  onSuccess: () => notify({ color: 'green', message: t('needs:diagnostic.validated') }),
                })
              }
            >
              {t('needs:diagnostic.validate')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          {d.status === 'validated' && (
            <Alert color="green" variant="light">
              {t('needs:diagnostic.validatedOn', { date: format.dateTime(d.validatedAt) })}
            </Alert>
          )}
          <NeedLinesTable diagnostic={d} />
        </>
      )}
    </Stack>
  );
}
