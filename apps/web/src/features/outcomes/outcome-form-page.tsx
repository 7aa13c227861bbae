import { Alert, Button, Card, Checkbox, Container, Stack, Text, TextInput, Title } from '@mantine/core';
import { outcomeEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError, call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import type { FirmYearFields } from './api.ts';
import { EMPTY_YEAR, FirmYearFieldsInput } from './firm-year-fields.tsx';

/** /outcome-form/:token — a firm's contact fills in the yearly outcome form without an account. */
export function OutcomeFormPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const view = useQuery({
    queryKey: ['outcome-form', token],
    queryFn: () => call(outcomeEndpoints.viewForm, { params: { formToken: token } }),
    retry: false,
  });
  const [value, setValue] = useState<FirmYearFields>(EMPTY_YEAR);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [consent, setConsent] = useState<boolean | null>(null);
  const send = useMutation({
    mutationFn: () =>
      call(outcomeEndpoints.answerForm, {
        params: { formToken: token },
        body: {
          outcome: value,
          submittedByName: name,
          ...(consent === null ? {} : { consent: { granted: consent, givenByTitle: title || undefined } }),
        },
      }),
  });
  useEffect(() => {
    if (view.data && i18n.language !== view.data.locale && !localStorage.getItem('mutualis.locale'))
      void i18n.changeLanguage(view.data.locale);
    if (view.data?.keptMeasure)
      setValue((v) => ({ ...v, productivityMeasure: view.data.keptMeasure as FirmYearFields['productivityMeasure'] }));
    if (view.data) setConsent((c) => c ?? view.data.consentGranted);
  }, [view.data, i18n]);
  useEffect(() => {
    document.title = t('outcomes:public.title');
  }, [t]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  const f = view.data;
  const errors = send.error instanceof ApiError ? send.error.fieldErrors() : {};
  return (
    <Container size="md" py="xl" component="main">
      <Title order={1} size="h2" mb="xs">
        {t('outcomes:public.title')}
      </Title>
      {view.error && <Alert color="red">{t('outcomes:public.notFound')}</Alert>}
      {f && (
        <>
          <Text mb="md">{t('outcomes:public.intro', { firm: f.firmName, year: f.year })}</Text>
          {f.answered || send.isSuccess ? (
            <Alert color="green">{t('outcomes:public.thanks')}</Alert>
          ) : f.closed ? (
            <Alert color="yellow">{t('outcomes:public.closed')}</Alert>
          ) : (
            <Card withBorder component="form" onSubmit={submit}>
              <Stack>
                <FirmYearFieldsInput
                  value={value}
                  onChange={setValue}
                  lockMeasure={f.keptMeasure !== null}
                  errors={errors}
                />
                <TextInput
                  label={t('outcomes:public.name')}
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  required
                  error={errors.submittedByName}
                />
                <Card withBorder bg="var(--mantine-color-gray-0)">
                  <Stack gap="xs">
                    <Title order={2} size="h5">
                      {t('outcomes:consent.title')}
                    </Title>
                    <Text size="sm">{i18n.language.startsWith('en') ? f.statement.en : f.statement.fr}</Text>
                    <Checkbox
                      label={t('outcomes:public.consent')}
                      checked={consent === true}
                      onChange={(e) => setConsent(e.currentTarget.checked)}
                    />
                    <TextInput
                      label={t('outcomes:consent.signerTitle')}
                      value={title}
                      onChange={(e) => setTitle(e.currentTarget.value)}
                    />
                  </Stack>
                </Card>
                <ErrorAlert error={send.error} />
                <Button type="submit" loading={send.isPending}>
                  {t('outcomes:public.send')}
                </Button>
              </Stack>
            </Card>
          )}
        </>
      )}
    </Container>
  );
}
