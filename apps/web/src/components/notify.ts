import { notifications } from '@mantine/notifications';
import i18n from '../i18n/index.ts';

/** Shows a toast whose close button has a name (axe: button-name). */
export function notify({ color, message }: { color: 'green' | 'red'; message: string }) {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18n.t('common:actions.close') } });
}
