import { Anchor, Button, FileButton, Group, List, Text } from '@mantine/core';
import type { GovernanceDocument } from '@mutualis/contracts';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/error-alert.tsx';
import { notify } from '../../components/notify.ts';
import { downloadDocument, useUploadDocument } from './api.ts';

/** Documents of a governance record, with an upload button when the caller may add one. */
export function Documents({
  documents,
  owner,
  ownerId,
  canUpload,
  label,
}: {
  documents: GovernanceDocument[];
  owner: 'file' | 'event' | 'meeting' | 'agreement';
  ownerId?: string;
  canUpload: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const upload = useUploadDocument();
  return (
    <Group gap="xs" align="flex-start">
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('governance:documents.none')}
        </Text>
      ) : (
        <List size="sm" spacing={2} icon={<IconPaperclip size={14} aria-hidden />}>
          {documents.map((d) => (
            <List.Item key={d.id}>
              <Anchor component="button" type="button" size="sm" onClick={() => void downloadDocument(d)}>
                {d.filename}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {canUpload && (
        <FileButton
          accept=".pdf,.png,.jpg,.jpeg,.txt,.docx,.xlsx,.odt"
          onChange={(file) =>
            file &&
            upload.mutate(
              { owner, id: ownerId, file },
              {
                onSuccess: () => notify({ color: 'green', message: t('governance:documents.added') }),
                onError: (e) => notify({ color: 'red', message: message(e) }),
              },
            )
          }
        >
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="default"
              leftSection={<IconUpload size={14} aria-hidden />}
              loading={upload.isPending}
              aria-label={`${t('governance:documents.add')} — ${label}`}
            >
              {t('governance:documents.add')}
            </Button>
          )}
        </FileButton>
      )}
    </Group>
  );
}
