import { Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { type Enrolment, sessionIsOpenForEnrolment, useMoveEnrolment, useSessions } from '../api.ts';
import { useNotifyError } from './use-notify-error.ts';

/** A coordinator moves a participant to another open session; the firm's seats decide there, as for an enrolment. */
export function MoveModal({ enrolment, onClose }: { enrolment: Enrolment; onClose: () => void }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const format = useFormat();
  const sessions = useSessions();
  const [target, setTarget] = useState<string | null>(null);
  const [waitlistIfFull, setWaitlistIfFull] = useState(false);
  const move = useMoveEnrolment();
  const options = (sessions.data ?? [])
    .filter((s) => s.id !== enrolment.sessionId && sessionIsOpenForEnrolment(s.status))
    .map((s) => ({
      value: s.id,
      label: `${format.text({ fr: s.titleFr, en: s.titleEn })} — ${s.firstDay ? format.date(s.firstDay) : format.period(s.period)} (${t('delivery:seats.free', { count: s.seats.free })})`,
    }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('delivery:move.title', { name: enrolment.employeeName })}
      closeButtonProps={{ 'aria-label': t('delivery:close') }}
    >
      <Stack>
        <Select
          label={t('delivery:move.target')}
          data={options}
          value={target}
          onChange={setTarget}
          searchable
          nothingFoundMessage={t('delivery:move.none')}
        />
        <Checkbox
          label={t('delivery:move.waitlistIfFull')}
          checked={waitlistIfFull}
          onChange={(e) => setWaitlistIfFull(e.currentTarget.checked)}
        />
        <Text size="sm" c="dimmed">
          {t('delivery:move.help')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('delivery:cancel')}
          </Button>
          <Button
            disabled={!target}
            loading={move.isPending}
            onClick={() =>
              target &&
              move.mutate(
                { enrolmentId: enrolment.id, sessionId: target, waitlistIfFull },
                {
                  onSuccess: (moved) => {
                    notify({
                      color: 'green',
                      message: t(moved.status === 'confirmed' ? 'delivery:move.done' : 'delivery:move.doneWaitlisted', {
                        name: enrolment.employeeName,
                      }),
                    });
                    onClose();
                  },
                  onError,
                },
              )
            }
          >
            {t('delivery:move.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
