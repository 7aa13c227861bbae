import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { useSeatCost } from './api.ts';

/**
 * Beside a member contact's Enrol button: what one more seat in this session would cost the firm
 * (its share by the mutual's rule, after subsidies, with taxes). Says nothing when the cost is
 * not known (no accepted price yet, or the session is not open).
 */
export function SeatCostNote({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useSeatCost(sessionId);
  if (!data) return null;
  return (
    <Text size="sm" data-testid="seat-cost-note">
      {t(data.subsidyCents > 0 ? 'finance:my.seatCostNoteSubsidy' : 'finance:my.seatCostNote', {
        total: format.amount(data.totalCents),
        share: format.amount(data.seatShareCents),
        subsidy: format.amount(data.subsidyCents),
        taxes: format.amount(data.gstCents + data.qstCents),
      })}
    </Text>
  );
}
