import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { type FirmKey, type FirmYearFields, useFirmYear, useSaveFirmYear } from './api.ts';
import { ConsentCard } from './consent-card.tsx';
import { EMPTY_YEAR, FirmYearFieldsInput } from './firm-year-fields.tsx';

/** A firm's yearly form in the app, with its consent: the member contact's page and the coordinator's dialog. */
export function FirmYearEditor({ firm, year, asCoordinator }: { firm: FirmKey; year: number; asCoordinator: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const view = useFirmYear(firm, year);
  const save = useSaveFirmYear(firm, year);
  const [value, setValue] = useState<FirmYearFields>(EMPTY_YEAR);
  useEffect(() => {
    const data = view.data;
    if (!data) return;
    const source = data.outcome ?? data.previous;
    const {
      headcount,
      separations,
      payrollCents,
      hoursWorked,
      productivityMeasure,
      productivityValue,
      absenteeismDays,
      workAccidents,
    } = source ?? EMPTY_YEAR;
    setValue(
      data.outcome
        ? {
            headcount,
            separations,
            payrollCents,
            hoursWorked,
            productivityMeasure,
            productivityValue,
            absenteeismDays,
            workAccidents,
          }
        : { ...EMPTY_YEAR, productivityMeasure: data.keptMeasure ?? productivityMeasure },
    );
  }, [view.data]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(value, { onSuccess: () => notify({ color: 'green', message: t('outcomes:saved', { year }) }) });
  };
  const data = view.data;
  if (!data) return <ErrorAlert error={view.error} />;
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  return (
    <Stack>
      <Card withBorder component="form" onSubmit={submit} aria-labelledby="form-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="form-title">
            {t('outcomes:formTitle', { firm: data.firmName, year })}
          </Title>
          <Text size="sm" c="dimmed">
            {data.outcome
              ? t('outcomes:reportedBy', {
                  name: data.outcome.submittedByName ?? '—',
                  at: format.dateTime(data.outcome.submittedAt),
                  source: t(`outcomes:source.${data.outcome.source}`),
                })
              : t('outcomes:notReported')}
          </Text>
          <FirmYearFieldsInput
            value={value}
            onChange={setValue}
            lockMeasure={!asCoordinator && data.keptMeasure !== null}
            errors={errors}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('outcomes:save')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <ConsentCard firm={firm} consent={data.consent} asCoordinator={asCoordinator} />
    </Stack>
  );
}
