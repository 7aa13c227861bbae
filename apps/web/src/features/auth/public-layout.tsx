import { Box, Container, Group, Paper, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../../app/shell.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';

/** Layout of the pages one sees logged out: login, invitation, password reset. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('common:appName')}`;
  }, [title, t]);
  return (
    <Box bg="gray.0" mih="100vh">
      <Box component="header" px="md" py="sm">
        <Group justify="space-between">
          <Logo />
          <LanguageSwitch />
        </Group>
      </Box>
      <Container size={440} component="main" py="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h2" mb="lg">
            {title}
          </Title>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
