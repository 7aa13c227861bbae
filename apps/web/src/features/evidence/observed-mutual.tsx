import { Select, Text } from '@mantine/core';
import { observatoryEndpoints } from '@mutualis/contracts';
import { roleSeesConsentingFirmsOnly } from '@mutualis/domain/accounts/roles';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { call } from '../../api/client.ts';
import { useCurrentUser } from '../auth/session.ts';

/**
 * Which mutual the evidence pages show. A coordinator or board member: their own (mutualId
 * undefined, the server takes the account's). A funder or researcher (observers without a mutual,
 * decision 34): one they observe, from the `mutual` search parameter (default the first), with a
 * picker; `ready` is false until it is known.
 */
export function useObservedMutual(): { mutualId: string | undefined; ready: boolean; picker: ReactNode } {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const observer = roleSeesConsentingFirmsOnly(me.role);
  const [params, setParams] = useSearchParams();
  const { data } = useQuery({
    queryKey: ['observatory', 'mutuals'],
    queryFn: () => call(observatoryEndpoints.mutuals, { query: { pageSize: 500 } }),
    enabled: observer,
  });
  if (!observer) return { mutualId: undefined, ready: true, picker: null };
  const mutuals = data?.items ?? [];
  const requested = params.get('mutual');
  const mutualId = mutuals.find((m) => m.id === requested)?.id ?? mutuals[0]?.id;
  if (data && mutuals.length === 0)
    return { mutualId: undefined, ready: false, picker: <Text size="sm">{t('evidence:noObservedMutual')}</Text> };
  const picker = (
    <Select
      label={t('evidence:observedMutual')}
      data={mutuals.map((m) => ({ value: m.id, label: m.name }))}
      value={mutualId ?? null}
      onChange={(v) => {
        if (!v) return;
        const next = new URLSearchParams(params);
        next.set('mutual', v);
        setParams(next, { replace: true });
      }}
      allowDeselect={false}
      w={280}
    />
  );
  return { mutualId, ready: mutualId !== undefined, picker };
}
