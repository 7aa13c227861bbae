import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/** How long a page may take to show its heading (its code and data arriving) before we stop waiting. */
const WAIT_MS = 8_000;

/**
 * After every navigation (a link followed, back or forward), moves the focus to the new page's h1, as a
 * screen reader user expects from a page load, so that reading starts at the page and the next Tab goes
 * into it. Not on the document's first page (the Tab key then starts at the skip link), nor on a redirect
 * (replace). The heading may come after the address (code and data loading): we wait for it, and focus
 * the new one when the page swaps it, until the person presses a key or the pointer, or the focus goes
 * elsewhere (a field focused by a script).
 */
export function useFocusOnNavigation() {
  const location = useLocation();
  const type = useNavigationType();
  const shown = useRef(location.pathname);
  useEffect(() => {
    if (shown.current === location.pathname) return;
    shown.current = location.pathname;
    if (type === 'REPLACE') return;
    let focused: HTMLElement | null = null;
    // what had the focus when the address changed: the link or button that navigated, or nothing
    const from = document.activeElement;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
      if (!heading || heading === focused) return;
      const active = document.activeElement;
      if (active && active !== document.body && active !== from && active !== focused) return; // the focus went somewhere on purpose
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: focused !== null });
      focused = heading;
    };
    const observer = new MutationObserver(focusHeading);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
      document.removeEventListener('keydown', stop, true);
      document.removeEventListener('pointerdown', stop, true);
    };
    const timer = window.setTimeout(stop, WAIT_MS);
    document.addEventListener('keydown', stop, true);
    document.addEventListener('pointerdown', stop, true);
    observer.observe(document.body, { childList: true, subtree: true });
    focusHeading();
    return stop;
  }, [location.pathname, type]);
}
