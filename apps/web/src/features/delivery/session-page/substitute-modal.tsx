import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../../components/notify.ts';
import { type Enrolment, useSubstitute } from '../api.ts';
import { useNotifyError } from './use-notify-error.ts';

/** A member contact replaces a confirmed participant by another employee of its firm, until the deadline. */
export function SubstituteModal({
  enrolment,
  employees,
  onClose,
}: {
  enrolment: Enrolment;
  employees: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const substitute = useSubstitute(enrolment.id);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('delivery:substitute.title', { name: enrolment.employeeName })}
      closeButtonProps={{ 'aria-label': t('delivery:close') }}
    >
      <Stack>
        <Select
          label={t('delivery:substitute.by')}
          data={employees.filter((e) => e.value !== enrolment.employeeId)}
          value={employeeId}
          onChange={setEmployeeId}
          searchable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('delivery:cancel')}
          </Button>
          <Button
            disabled={!employeeId}
            loading={substitute.isPending}
            onClick={() =>
              employeeId &&
              substitute.mutate(employeeId, {
                onSuccess: () => {
                  notify({ color: 'green', message: t('delivery:substitute.done') });
                  onClose();
                },
                onError,
              })
            }
          >
            {t('delivery:substitute.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
