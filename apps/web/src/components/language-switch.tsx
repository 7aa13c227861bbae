import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSwitchLanguage } from '../features/auth/session.ts';
import type { Language } from '../i18n/index.ts';

/** FR | EN switch; the choice is remembered in this browser and on the account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common:language.label')}
      value={i18n.language.startsWith('en') ? 'en' : 'fr'}
      onChange={(value) => switchLanguage(value as Language)}
      data={[
        {
          value: 'fr',
          label: (
            <span lang="fr" title="Français">
              FR
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" title="English">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
