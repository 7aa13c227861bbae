import { Anchor, Box, Text } from '@mantine/core';
import { privacyOfficerEndpoints } from '@mutualis/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';

/**
 * The privacy officer's contact at the foot of every page (Law 25): the logged-in person's mutual's,
 * else the platform's default. Nothing when none is named.
 */
export function PrivacyFooter({ mutualId }: { mutualId: string | null }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['privacy', 'officer', mutualId ?? 'none'],
    queryFn: () => call(privacyOfficerEndpoints.get, {}),
    staleTime: 10 * 60_000,
  });
  const officer = data?.officer;
  if (!officer) return null;
  return (
    <Box
      component="footer"
      data-testid="privacy-footer"
      mt="xl"
      pt="sm"
      pb="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)', overflowWrap: 'anywhere' }}
    >
      <Text size="sm" c="gray.7">
        {t('common:privacyOfficer.label')}{' '}
        {officer.title
          ? t('common:privacyOfficer.nameTitle', { name: officer.name, title: officer.title })
          : officer.name}
        {' · '}
        <Anchor href={`mailto:${officer.email}`} size="sm" c="mutualis.8" underline="always">
          {officer.email}
        </Anchor>
        {officer.phone && (
          <>
            {' · '}
            <Anchor href={`tel:${officer.phone.replace(/[^0-9+]/g, '')}`} size="sm" c="mutualis.8" underline="always">
              {officer.phone}
            </Anchor>
          </>
        )}
      </Text>
    </Box>
  );
}
