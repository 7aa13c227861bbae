import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside the page when the screen is narrower than `minWidth` (a phone).
 * The scrolling area is a labelled region that takes the focus, so that a keyboard can scroll it even
 * when the table holds no link or button (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableScroll({
  minWidth,
  labelledBy,
  children,
}: {
  minWidth: number;
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-labelledby': labelledBy } }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
