// Recharts (under Mantine's charts) draws each z-index layer of a chart into a <g> through a React portal;
// React listens for events on a portal's container, and Chrome makes an SVG element with focus listeners
// focusable, so every layer became a Tab stop that shows nothing (five per chart). tabindex="-1" takes them
// out of the Tab order; the chart itself stays one Tab stop, whose arrow keys walk through its data.
const LAYER = 'g[class*="recharts-zIndex-layer"]:not([tabindex])';

function untab(root: ParentNode) {
  for (const layer of root.querySelectorAll(LAYER)) layer.setAttribute('tabindex', '-1');
}

/** Watches the document for chart layers and takes each out of the Tab order as it appears. */
export function keepChartLayersOutOfTabOrder() {
  untab(document);
  new MutationObserver((changes) => {
    if (changes.some((c) => c.addedNodes.length > 0)) untab(document);
  }).observe(document.body, { childList: true, subtree: true });
}
