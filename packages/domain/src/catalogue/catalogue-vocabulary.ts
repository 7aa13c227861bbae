// The catalogue's words: the languages and modes of a training, the kinds of provider, and the
// statuses of a course, of its revisions and of a request for quotes, with the predicates on them.

/** Languages a training is given in. */
export const TRAINING_LANGUAGES = ['fr', 'en'] as const;
export type TrainingLanguage = (typeof TRAINING_LANGUAGES)[number];

/** How a training is given: in a room of a region, or online (regions do not matter). */
export const TRAINING_MODES = ['in_person', 'virtual'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];

/** True when a session in this mode takes place in a region (a virtual one ignores regions). */
export const modeUsesRegions = (mode: TrainingMode): boolean => mode === 'in_person';

/** What a training provider is, for the training-expense rules. */
export const PROVIDER_KINDS = ['recognised_institution', 'accredited_trainer', 'accredited_body'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** A course's statuses: proposed (a trainer's, not approved yet) → approved (pooling uses it) → retired. */
export const COURSE_STATUSES = ['proposed', 'approved', 'retired'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** The courses a provider still offers (its course count): every status but retired. */
export const OFFERED_COURSE_STATUSES = ['proposed', 'approved'] as const satisfies readonly CourseStatus[];

/** Only an approved course is used by pooling and the demand board, and shown to member contacts. */
export const courseIsInUse = (status: CourseStatus): boolean => status === 'approved';

/** A revision of a course: pending until a coordinator approves or rejects it; superseded by a newer one. */
export const COURSE_REVISION_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;
export type CourseRevisionStatus = (typeof COURSE_REVISION_STATUSES)[number];

/** What a coordinator decides of a pending revision. */
export const COURSE_REVISION_DECISIONS = ['approved', 'rejected'] as const satisfies readonly CourseRevisionStatus[];
export type CourseRevisionDecision = (typeof COURSE_REVISION_DECISIONS)[number];

/** A request for quotes: open until the coordinator accepts an answer or cancels it. */
export const QUOTE_REQUEST_STATUSES = ['open', 'accepted', 'cancelled'] as const;
export type QuoteRequestStatus = (typeof QUOTE_REQUEST_STATUSES)[number];

/** Only an open request is answered, declined, accepted or cancelled. */
export const quoteRequestIsOpen = (status: QuoteRequestStatus): boolean => status === 'open';

/** Where each provider asked stands: sent → answered or declined → accepted or not selected. */
export const QUOTE_PROVIDER_STATUSES = ['sent', 'answered', 'declined', 'accepted', 'not_selected'] as const;
export type QuoteProviderStatus = (typeof QUOTE_PROVIDER_STATUSES)[number];

/** A provider may (still) answer an open request until it declined or the request was decided. */
export const providerMayAnswerQuote = (status: QuoteProviderStatus): boolean =>
  status === 'sent' || status === 'answered';

/** A provider's answer: submitted, superseded by its newer answer, accepted or not selected. */
export const QUOTE_RESPONSE_STATUSES = ['submitted', 'superseded', 'accepted', 'not_selected'] as const;
export type QuoteResponseStatus = (typeof QUOTE_RESPONSE_STATUSES)[number];

/** The answers that are compared and ranked: the current ones (submitted) and the accepted one. */
export const quoteResponseIsCompared = (status: QuoteResponseStatus): boolean =>
  status === 'submitted' || status === 'accepted';

/** The answers shown side by side: every one its provider has not replaced. */
export const quoteResponseIsShown = (status: QuoteResponseStatus): boolean => status !== 'superseded';

/** Steps of a request's history that concern no provider in particular and that every provider asked sees. */
export const QUOTE_EVENTS_SHOWN_TO_EVERY_PROVIDER = ['created', 'cancelled'] as const;
