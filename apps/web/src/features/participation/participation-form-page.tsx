import { Alert, Button, Card, Checkbox, Container, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { participationEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useReasonLabel } from './reason-label.ts';

/** /participation-form/:token — a firm says why it joins, stays, left or did not join, without an account. */
export function ParticipationFormPage() {
  const { t, i18n } = useTranslation();
  const reason = useReasonLabel();
  const { token = '' } = useParams();
  const view = useQuery({
    queryKey: ['participation-form', token],
    queryFn: () => call(participationEndpoints.viewForm, { params: { participationToken: token } }),
    retry: false,
  });
  const [answers, setAnswers] = useState<Record<string, number | string | string[]>>({});
  const send = useMutation({
    mutationFn: () =>
      call(participationEndpoints.answerForm, { params: { participationToken: token }, body: { answers } }),
  });
  useEffect(() => {
    if (view.data && i18n.language !== view.data.locale && !localStorage.getItem('mutualis.locale'))
      void i18n.changeLanguage(view.data.locale);
  }, [view.data, i18n]);
  useEffect(() => {
    document.title = t('participation:form.title');
  }, [t]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  const q = view.data;
  return (
    <Container size="sm" py="xl" component="main">
      <Title order={1} size="h2" mb="xs">
        {t('participation:form.title')}
      </Title>
      {view.error && <Alert color="red">{t('participation:form.notFound')}</Alert>}
      {q && (
        <>
          <Text mb="md">{q.firmName}</Text>
          {q.answered || send.isSuccess ? (
            <Alert color="green">{t('participation:form.thanks')}</Alert>
          ) : q.closed ? (
            <Alert color="yellow">{t('participation:form.closed')}</Alert>
          ) : (
            <Card withBorder component="form" onSubmit={submit}>
              <Stack>
                {q.questions.map((question) => {
                  if (question.kind === 'scale') {
                    return (
                      <Radio.Group
                        key={question.id}
                        label={question.text}
                        description={t('participation:form.scale')}
                        value={answers[question.id] ? String(answers[question.id]) : ''}
                        onChange={(v) => setAnswers({ ...answers, [question.id]: Number(v) })}
                        required
                      >
                        <Stack gap={4} mt="xs">
                          {[1, 2, 3, 4, 5].map((n) => (
                            <Radio key={n} value={String(n)} label={t(`participation:form.level${n}`)} />
                          ))}
                        </Stack>
                      </Radio.Group>
                    );
                  }
                  if (question.kind === 'text') {
                    return (
                      <Textarea
                        key={question.id}
                        label={question.text}
                        maxLength={4000}
                        onChange={(e) => setAnswers({ ...answers, [question.id]: e.currentTarget.value })}
                      />
                    );
                  }
                  if (question.kind === 'single') {
                    return (
                      <Radio.Group
                        key={question.id}
                        label={question.text}
                        value={(answers[question.id] as string) ?? ''}
                        onChange={(v) => setAnswers({ ...answers, [question.id]: v })}
                      >
                        <Stack gap={4} mt="xs">
                          {(question.options ?? []).map((o) => (
                            <Radio key={o} value={o} label={reason(o, question.labels ?? 'barrier')} />
                          ))}
                        </Stack>
                      </Radio.Group>
                    );
                  }
                  const chosen = (answers[question.id] as string[] | undefined) ?? [];
                  return (
                    <Checkbox.Group
                      key={question.id}
                      label={question.text}
                      value={chosen}
                      onChange={(v) => setAnswers({ ...answers, [question.id]: v })}
                    >
                      <Stack gap={4} mt="xs">
                        {(question.options ?? []).map((o) => (
                          <Checkbox key={o} value={o} label={reason(o, question.labels ?? 'barrier')} />
                        ))}
                      </Stack>
                    </Checkbox.Group>
                  );
                })}
                <ErrorAlert error={send.error} />
                <Button type="submit" loading={send.isPending}>
                  {t('participation:form.send')}
                </Button>
              </Stack>
            </Card>
          )}
        </>
      )}
    </Container>
  );
}
