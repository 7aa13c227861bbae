import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printQuestionnaireSheets, type SessionDetail } from '../api.ts';
import { useNotifyError } from './use-notify-error.ts';

/** The trainer or a coordinator prints the questionnaires of participants without an e-mail, to hand out at the last meeting day. */
export function QuestionnaireSheetsCard({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      await printQuestionnaireSheets(s.id);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder mb="md" aria-labelledby="questionnaire-sheets-title">
      <Title order={2} size="h4" id="questionnaire-sheets-title" mb="xs">
        {t('delivery:questionnaireSheets.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('delivery:questionnaireSheets.help')}
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          loading={busy}
          onClick={() => void print()}
        >
          {t('delivery:questionnaireSheets.print')}
        </Button>
      </Group>
    </Card>
  );
}
