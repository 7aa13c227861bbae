import { Button, Group, MultiSelect, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../../components/notify.ts';
import { type SessionDetail, useEmployeeOptions, useEnrolMany, useMemberOptions } from '../api.ts';
import { useNotifyError } from './use-notify-error.ts';

/** A coordinator enrols one or several employees of a firm at once, on the firm's behalf. */
export function EnrolForFirm({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [employeeIds, setEmployeeIds] = useState<string[]>([]);
  const members = useMemberOptions(true);
  const employees = useEmployeeOptions(memberId);
  const enrol = useEnrolMany(s.id);
  return (
    <Group align="flex-end" mb="md" wrap="wrap">
      <Select
        label={t('delivery:enrolments.firm')}
        data={members.data ?? []}
        // until the firms are read: a picker opened empty stayed closed when they came
        disabled={!members.data}
        value={memberId}
        onChange={(v) => {
          setMemberId(v);
          setEmployeeIds([]);
        }}
        searchable
        w={260}
      />
      <MultiSelect
        label={t('delivery:enrolments.employees')}
        data={employees.data ?? []}
        value={employeeIds}
        onChange={setEmployeeIds}
        searchable
        disabled={!memberId || !employees.data}
        w={360}
        hidePickedOptions
      />
      <Button
        disabled={employeeIds.length === 0}
        loading={enrol.isPending}
        onClick={() =>
          enrol.mutate(employeeIds, {
            onSuccess: ({ items }) => {
              const waiting = items.filter((e) => e.status === 'waitlisted').length;
              notify({
                color: 'green',
                message: t('delivery:enrolments.enrolledMany', { count: items.length, waiting }),
              });
              setEmployeeIds([]);
            },
            onError,
          })
        }
      >
        {t('delivery:enrolments.enrolMany', { count: employeeIds.length })}
      </Button>
      <Text size="sm" c="dimmed" w="100%">
        {t('delivery:enrolments.onBehalfHelp')}
      </Text>
    </Group>
  );
}
