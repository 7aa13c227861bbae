// One formatting module for pages, PDFs, spreadsheets and e-mails: numbers, money, percentages,
// dates, months, plurals and the names of codes, in Canadian French or English (Intl, no I/O).
export * from './dates.ts';
export * from './locale.ts';
export * from './names.ts';
export * from './numbers.ts';
export * from './plurals.ts';
