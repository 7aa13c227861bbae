import { useErrorMessage } from '../../../components/error-alert.tsx';
import { notify } from '../../../components/notify.ts';

/** Shows an API error as a red notification. */
export function useNotifyError() {
  const message = useErrorMessage();
  return (error: unknown) => notify({ color: 'red', message: message(error) });
}
