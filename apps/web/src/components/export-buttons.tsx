import { Button, Group } from '@mantine/core';
import { notify } from './notify.ts';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload, type Query } from '../api/client.ts';
import { useErrorMessage } from './error-alert.tsx';

/** CSV and XLSX download buttons for an export route that takes ?format=csv|xlsx. */
export function ExportButtons({ path, query, name }: { path: string; query?: Query; name: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      await apiDownload(path, { ...query, format }, `${name}.${format}`);
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
