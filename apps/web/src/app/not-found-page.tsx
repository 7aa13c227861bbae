import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../components/page-header.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common:notFound.title')} />
      <Text mb="md">{t('common:notFound.text')}</Text>
      <Anchor component={Link} to="/">
        {t('common:notFound.home')}
      </Anchor>
    </>
  );
}
