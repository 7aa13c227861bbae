import { type CSSVariablesResolver, createTheme } from '@mantine/core';

// Shade 8 of the primary colour and a darker "dimmed" text keep every text at WCAG AA contrast (axe checks it).
export const theme = createTheme({
  primaryColor: 'mutualis',
  primaryShade: 8,
  colors: {
    mutualis: [
      '#eef3fa',
      '#d9e3f2',
      '#b0c6e6',
      '#84a7da',
      '#5f8ccf',
      '#477bc9',
      '#3a72c7',
      '#2c60af',
      '#2b4c7e',
      '#1c3d70',
    ],
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    // a light alert's coloured title (green, orange) falls under 4.5:1 on its tint: titles are dark
    Alert: { styles: { title: { color: 'var(--mantine-color-dark-7)' } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-placeholder': '#5c636a',
    '--mantine-color-error': '#c92a2a',
  },
  dark: {},
});
