import { Anchor, AppShell, Box, Burger, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { type MouseEvent, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { useLogout, useMe } from '../features/auth/session.ts';
import { StandingBanner } from '../features/governance/standing-banner.tsx';
import { homeOf, NAVIGATION } from './navigation.ts';
import { PrivacyFooter } from './privacy-footer.tsx';

export function Logo() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <Text fw={800} size="lg" c="mutualis.8">
        {t('common:appName')}
      </Text>
    </Group>
  );
}

const MAIN_ID = 'main-content';
/** The screen's height less the header and the main area's top padding (Mantine's AppShell variables). */
export const PAGE_MIN_HEIGHT = 'calc(100dvh - var(--app-shell-header-offset, 0rem) - var(--app-shell-padding))';

/** Moves the focus to the main area (the browser would follow the #fragment, but the router would see a navigation). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

/** The logged-in layout: header (language, account menu), role navigation, main content. */
export function AuthenticatedShell() {
  const { t } = useTranslation();
  const { data: me, isLoading, error } = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();

  if (isLoading) return <PageLoading fullScreen />;
  if (error) return <ErrorAlert error={error} />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      {/* the first thing the Tab key reaches: past the header and the navigation, to the page */}
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('common:skipLink')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common:nav.toggle')} />
            <Anchor component={Link} to={homeOf(me.role)} underline="never" aria-label={t('common:nav.home')}>
              <Logo />
            </Anchor>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('common:account.menu', { name: me.displayName })}>
                  <Group gap={6} wrap="nowrap">
                    <IconUserCircle size={22} aria-hidden />
                    <Text size="sm" visibleFrom="sm">
                      {me.displayName}
                    </Text>
                    <IconChevronDown size={14} aria-hidden />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t(`common:role.${me.role}`)}</Menu.Label>
                <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
                  {t('common:account.mine')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconLogout size={16} aria-hidden />}
                  onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
                >
                  {t('common:account.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      {/* the coordinator's menu is longer than a laptop screen: it scrolls */}
      <AppShell.Navbar p="sm" component="nav" aria-label={t('common:nav.label')} style={{ overflowY: 'auto' }}>
        {NAVIGATION[me.role].map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={t(`nav:${item.label}`)}
            leftSection={<item.icon size={18} aria-hidden />}
            active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      {/* A page wider than the screen (a table on a phone) scrolls inside the main area: the document
          never gets wider than the screen, so the header, its language switch and account menu stay on it. */}
      <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ overflowX: 'auto' }}>
        {/* The page takes at least the screen below the header, so the footer starts below the fold until
            the page is longer than the screen: neither the officer's arrival nor the page's moves anything
            on screen (no layout shift), and the footer stays at the foot of every page. */}
        <Box mih={PAGE_MIN_HEIGHT}>
          {/* s.1: the mutual's people are told when payments to it do not count as training spending */}
          {me.mutualId && <StandingBanner />}
          {/* the page's chunk may still be on its way; the header and navigation stay */}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Box>
        <PrivacyFooter mutualId={me.mutualId} />
      </AppShell.Main>
    </AppShell>
  );
}
