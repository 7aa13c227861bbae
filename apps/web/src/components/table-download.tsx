import { Button } from '@mantine/core';
import { IconTableExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type TableCell = string | number | null | undefined;

// Cells a spreadsheet would run as a formula (CSV injection) get a leading apostrophe.
const safe = (value: TableCell) => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : /^[=+@\t\r]|^-(?!\d)/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Saves a table as CSV (UTF-8 with a byte-order mark, so that Excel shows accents), in the browser. */
export function downloadTable(filename: string, headers: string[], rows: TableCell[][]) {
  const text = `\uFEFF${[headers, ...rows].map((r) => r.map(safe).join(',')).join('\r\n')}\r\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download the table" of a chart: the numbers behind it, as CSV. */
export function TableDownloadButton({
  filename,
  headers,
  rows,
  label,
}: {
  filename: string;
  headers: string[];
  rows: TableCell[][];
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconTableExport size={16} aria-hidden />}
      onClick={() => downloadTable(filename, headers, rows)}
    >
      {label ?? t('common:downloadTable')}
    </Button>
  );
}
