import { Button, Card, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useReference } from '../../api/reference.ts';
import { useErrorMessage } from '../../components/error-alert.tsx';
import { dollarsToCents } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useCourses } from '../catalogue/api.ts';
import { useCreateSession } from './api.ts';

/** /sessions/new: a coordinator creates a session by hand from an approved course (state proposed). */
export function SessionNewPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const reference = useReference();
  const courses = useCourses({ status: 'approved' });
  const [courseId, setCourseId] = useState<string | null>(null);
  const [period, setPeriod] = useState('');
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [seatsMin, setSeatsMin] = useState<number | string>('');
  const [seatsMax, setSeatsMax] = useState<number | string>('');
  const [cost, setCost] = useState<number | string>('');
  const [goNoGoDate, setGoNoGoDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateSession();
  const course = courses.data?.find((c) => c.id === courseId);
  const submit = () => {
    if (!courseId) return;
    setErrors({});
    create.mutate(
      {
        courseId,
        period,
        regionCode: regionCode ?? undefined,
        title: title.trim() || undefined,
        seatsMin: seatsMin === '' ? undefined : Number(seatsMin),
        seatsMax: seatsMax === '' ? undefined : Number(seatsMax),
        costCents: cost === '' ? undefined : dollarsToCents(cost),
        goNoGoDate: goNoGoDate || undefined,
      },
      {
        onSuccess: (created) => {
          notify({ color: 'green', message: t('delivery:newSession.done') });
          navigate(`/sessions/${created.id}`);
        },
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fieldErrors());
          notify({ color: 'red', message: message(error) });
        },
      },
    );
  };
  return (
    <>
      <PageHeader title={t('delivery:newSession.title')} subtitle={t('delivery:newSession.subtitle')} />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label={t('delivery:newSession.course')}
            data={(courses.data ?? []).map((c) => ({ value: c.id, label: reference.en ? c.titleEn : c.titleFr }))}
            value={courseId}
            onChange={setCourseId}
            searchable
            required
            error={errors.courseId}
          />
          <TextInput
            label={t('delivery:fields.period')}
            description={t('delivery:newSession.periodHelp')}
            type="month"
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            required
            error={errors.period}
          />
          <TextInput
            label={t('delivery:newSession.sessionTitle')}
            description={t('delivery:newSession.titleHelp')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
          <Select
            label={t('delivery:newSession.region')}
            data={reference.regionOptions}
            value={regionCode}
            onChange={setRegionCode}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('delivery:clear') }}
            disabled={course?.mode === 'virtual'}
            error={errors.regionCode}
          />
          <NumberInput
            label={t('delivery:fields.seatsMin')}
            placeholder={course ? String(course.minSeats) : undefined}
            value={seatsMin}
            onChange={setSeatsMin}
            min={1}
            max={500}
            allowDecimal={false}
            error={errors.seatsMin}
          />
          <NumberInput
            label={t('delivery:newSession.seatsMax')}
            placeholder={course ? String(course.maxSeats) : undefined}
            value={seatsMax}
            onChange={setSeatsMax}
            min={1}
            max={500}
            allowDecimal={false}
            error={errors.seatsMax}
          />
          <NumberInput
            label={t('delivery:newSession.cost')}
            value={cost}
            onChange={setCost}
            min={0}
            decimalScale={2}
            error={errors.costCents}
          />
          <TextInput
            label={t('delivery:fields.goNoGoDate')}
            type="date"
            value={goNoGoDate}
            onChange={(e) => setGoNoGoDate(e.currentTarget.value)}
            error={errors.goNoGoDate}
          />
        </SimpleGrid>
        <Group mt="md">
          <Button onClick={submit} loading={create.isPending} disabled={!courseId || !period}>
            {t('delivery:newSession.create')}
          </Button>
        </Group>
      </Card>
    </>
  );
}
