import { Alert, Button, Card, Container, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { SCALE_POINTS, useAnswerQuestionnaire, useQuestionnaire, useVerifyAttestation } from './api.ts';

/** /questionnaire/:token — a participant (or member contact) answers without an account, in its language. */
export function QuestionnairePage() {
  const { t, i18n } = useTranslation();
  const { token } = useParams();
  const view = useQuestionnaire(token);
  const [answers, setAnswers] = useState<Record<string, number | string>>({});
  // a message under each question that still needs an answer (checked here first, then by the server)
  const [errors, setErrors] = useState<Record<string, string>>({});
  const send = useAnswerQuestionnaire(token);
  useEffect(() => {
    if (view.data && i18n.language !== view.data.locale) void i18n.changeLanguage(view.data.locale);
  }, [view.data, i18n]);
  useEffect(() => {
    document.title = t('delivery:questionnaire.title');
  }, [t]);
  const q = view.data;
  const focusQuestion = (id: string) =>
    document.querySelector<HTMLInputElement>(`[data-question="${CSS.escape(id)}"] input`)?.focus();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!q) return;
    const missing = q.questions.filter((question) => question.kind === 'scale' && answers[question.id] === undefined);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((question) => [question.id, t('delivery:questionnaire.required')])));
      focusQuestion(missing[0].id);
      return;
    }
    setErrors({});
    send.mutate(answers, {
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        // the server names answers.<question>: show its message under that question
        const named = Object.fromEntries(
          error.errors
            .filter((f) => f.field.startsWith('answers.'))
            .map((f) => [f.field.slice('answers.'.length), t('delivery:questionnaire.invalid')]),
        );
        setErrors(named);
        const first = q.questions.find((question) => named[question.id]);
        if (first) focusQuestion(first.id);
      },
    });
  };
  const unanswered = Object.keys(errors).length;
  return (
    <Container size="sm" py="xl" component="main">
      <Title order={1} size="h2" mb="xs">
        {t('delivery:questionnaire.title')}
      </Title>
      {view.error && <Alert color="red">{t('delivery:questionnaire.notFound')}</Alert>}
      {q && (
        <>
          <Text mb="md">{q.sessionTitle}</Text>
          {q.answered || send.isSuccess ? (
            <Alert color="green">{t('delivery:questionnaire.thanks')}</Alert>
          ) : q.closed ? (
            <Alert color="yellow">{t('delivery:questionnaire.closed')}</Alert>
          ) : (
            <Card withBorder component="form" onSubmit={submit}>
              <Stack>
                {q.questions.map((question) =>
                  question.kind === 'scale' ? (
                    <Radio.Group
                      key={question.id}
                      data-question={question.id}
                      label={question.text}
                      description={t('delivery:questionnaire.scale')}
                      value={answers[question.id] ? String(answers[question.id]) : ''}
                      onChange={(v) => {
                        setAnswers({ ...answers, [question.id]: Number(v) });
                        setErrors(({ [question.id]: _answered, ...rest }) => rest);
                      }}
                      error={errors[question.id]}
                      required
                    >
                      <Stack gap={4} mt="xs">
                        {SCALE_POINTS.map((n) => (
                          <Radio key={n} value={String(n)} label={t(`delivery:questionnaire.level${n}`)} />
                        ))}
                      </Stack>
                    </Radio.Group>
                  ) : (
                    <Textarea
                      key={question.id}
                      label={question.text}
                      maxLength={4000}
                      onChange={(e) => setAnswers({ ...answers, [question.id]: e.currentTarget.value })}
                    />
                  ),
                )}
                {unanswered > 0 ? (
                  <Alert color="red" role="alert">
                    {t('delivery:questionnaire.missing', { count: unanswered })}
                  </Alert>
                ) : (
                  <ErrorAlert error={send.error} />
                )}
                <Button type="submit" loading={send.isPending}>
                  {t('delivery:questionnaire.send')}
                </Button>
              </Stack>
            </Card>
          )}
        </>
      )}
    </Container>
  );
}

/** /verify/:number — anyone checks that an attestation is genuine. */
export function VerifyAttestationPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { number } = useParams();
  const check = useVerifyAttestation(number);
  useEffect(() => {
    document.title = t('delivery:verify.title');
  }, [t]);
  const a = check.data;
  return (
    <Container size="sm" py="xl" component="main">
      <Title order={1} size="h2" mb="md">
        {t('delivery:verify.title')}
      </Title>
      {check.error && <Alert color="red">{t('delivery:verify.invalid', { number })}</Alert>}
      {a && (
        <Alert color="green" title={t('delivery:verify.valid')}>
          <Stack gap={4}>
            <Text>{t('delivery:verify.number', { number: a.number })}</Text>
            <Text fw={700}>{a.participantName}</Text>
            <Text>{i18n.language.startsWith('en') ? a.courseTitleEn : a.courseTitleFr}</Text>
            <Text>
              {t('delivery:verify.dates', { from: format.date(a.dateFrom), to: format.date(a.dateTo), hours: a.hours })}
            </Text>
          </Stack>
        </Alert>
      )}
    </Container>
  );
}
