import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../../components/notify.ts';
import { type SessionDetail, sessionIsOpenForEnrolment, useSetMeetingDays, useUpdateSession } from '../api.ts';
import { useNotifyError } from './use-notify-error.ts';

interface DayDraft {
  key: string;
  day: string;
  startsAt: string;
  endsAt: string;
}

/** Place, virtual link, trainer and meeting days (coordinator, before delivery). */
export function ScheduleCard({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const [place, setPlace] = useState(s.place ?? '');
  const [link, setLink] = useState(s.virtualLink ?? '');
  const [trainer, setTrainer] = useState(s.trainerName ?? '');
  // The days being edited and not saved yet (null: none, the server's days are shown), so a refetch
  // never wipes what is being typed.
  const [draft, setDraft] = useState<DayDraft[] | null>(null);
  const days = draft ?? s.meetingDays.map(({ id, day, startsAt, endsAt }) => ({ key: id, day, startsAt, endsAt }));
  const save = useUpdateSession(s.id);
  const saveDays = useSetMeetingDays(s.id);
  if (!sessionIsOpenForEnrolment(s.status)) return null;
  const done = () => notify({ color: 'green', message: t('delivery:saved') });
  return (
    <Card withBorder mb="md" aria-labelledby="schedule-title">
      <Title order={2} size="h4" id="schedule-title" mb="sm">
        {t('delivery:schedule.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput label={t('delivery:fields.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        <TextInput
          label={t('delivery:fields.virtualLink')}
          value={link}
          onChange={(e) => setLink(e.currentTarget.value)}
          type="url"
        />
        <TextInput
          label={t('delivery:fields.trainer')}
          value={trainer}
          onChange={(e) => setTrainer(e.currentTarget.value)}
        />
      </SimpleGrid>
      <Button
        mt="sm"
        onClick={() =>
          save.mutate(
            { place: place || null, virtualLink: link || null, trainerName: trainer || null },
            { onSuccess: done, onError },
          )
        }
        loading={save.isPending}
      >
        {t('delivery:save')}
      </Button>
      <Title order={3} size="h5" mt="lg" mb="xs">
        {t('delivery:days.title')}
      </Title>
      <Stack gap="xs">
        {days.map((d, i) => (
          <Group key={d.key} align="flex-end">
            <TextInput
              label={t('delivery:days.day')}
              type="date"
              value={d.day}
              onChange={(e) => setDraft(days.map((x, j) => (j === i ? { ...x, day: e.currentTarget.value } : x)))}
            />
            <TextInput
              label={t('delivery:days.start')}
              type="time"
              value={d.startsAt}
              onChange={(e) => setDraft(days.map((x, j) => (j === i ? { ...x, startsAt: e.currentTarget.value } : x)))}
            />
            <TextInput
              label={t('delivery:days.end')}
              type="time"
              value={d.endsAt}
              onChange={(e) => setDraft(days.map((x, j) => (j === i ? { ...x, endsAt: e.currentTarget.value } : x)))}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('delivery:days.remove')}
              onClick={() => setDraft(days.filter((_, j) => j !== i))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              setDraft([
                ...days,
                { key: `new-${Date.now()}-${days.length}`, day: '', startsAt: '08:30', endsAt: '16:00' },
              ])
            }
          >
            {t('delivery:days.add')}
          </Button>
          <Button
            onClick={() =>
              saveDays.mutate(
                { days: days.map(({ day, startsAt, endsAt }) => ({ day, startsAt, endsAt })) },
                {
                  onSuccess: () => {
                    setDraft(null);
                    done();
                  },
                  onError,
                },
              )
            }
            loading={saveDays.isPending}
          >
            {t('delivery:days.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
