import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { CONSENT_KINDS, CONSENT_METHODS } from '@mutualis/domain/privacy/consents';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notify } from '../../components/notify.ts';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { type RecordPersonConsentRequest, useRecordConsent } from './api.ts';

/** "Record a consent": what the person gave or withdrew, and how; a withdrawal is a new record. */
export function RecordConsentButton({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const record = useRecordConsent(employeeId);
  const form = useFieldErrors();
  const [values, setValues] = useState<RecordPersonConsentRequest>({
    kind: 'evaluation_emails',
    granted: true,
    method: 'signed_form',
    note: '',
  });
  const close = () => {
    setOpened(false);
    form.reset();
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('privacy:consents.record')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('privacy:consents.record')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            form.reset();
            record.mutate(values, {
              onSuccess: () => {
                notify({ color: 'green', message: t('privacy:consents.saved') });
                close();
              },
              onError: form.fromError,
            });
          }}
        >
          <Stack>
            <FormError form={form} unlessFieldErrors />
            <Select
              label={t('privacy:consents.kind')}
              data={CONSENT_KINDS.map((k) => ({ value: k, label: t(`privacy:consents.kinds.${k}`) }))}
              value={values.kind}
              allowDeselect={false}
              error={form.error('kind')}
              onChange={(v) => v && setValues((s) => ({ ...s, kind: v as RecordPersonConsentRequest['kind'] }))}
            />
            <Select
              label={t('privacy:consents.decision')}
              data={[
                { value: 'true', label: t('privacy:consents.granted') },
                { value: 'false', label: t('privacy:consents.withdrawn') },
              ]}
              value={String(values.granted)}
              allowDeselect={false}
              onChange={(v) => v && setValues((s) => ({ ...s, granted: v === 'true' }))}
            />
            <Select
              label={t('privacy:consents.method')}
              data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`privacy:consents.methods.${m}`) }))}
              value={values.method}
              allowDeselect={false}
              error={form.error('method')}
              onChange={(v) => v && setValues((s) => ({ ...s, method: v as RecordPersonConsentRequest['method'] }))}
            />
            <Textarea
              label={t('privacy:consents.note')}
              autosize
              minRows={2}
              value={values.note ?? ''}
              error={form.error('note')}
              onChange={(e) => {
                const note = e.currentTarget.value;
                setValues((s) => ({ ...s, note }));
              }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={record.isPending}>
                {t('privacy:consents.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
