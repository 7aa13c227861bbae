import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './error-alert.tsx';
import { notify } from './notify.ts';

/** CSV and XLSX download buttons; `download` is the feature's export call (its api.ts). */
export function ExportButtons({ download: downloadAs }: { download: (format: 'csv' | 'xlsx') => Promise<void> }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      await downloadAs(format);
    } catch (error) {
      notify({ color: 'red', message: message(error) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs">
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={busy === format}
          onClick={() => void download(format)}
        >
          {t(`common:export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
