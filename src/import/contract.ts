import { z } from 'zod';

/*
 * The extraction of one legacy document: the fixed JSON contract (docs/domain/import.md, "The extraction") that
 * `bidra import --dry-run --json` prints and other tools read. Amounts are whole kronor (the documents' unit), dates
 * ISO calendar dates; a value the document does not state is null, never guessed.
 */

export const GENRES = [
  'grant_decision',
  'amendment_decision',
  'closure',
  'state_allocation',
  'press_release',
  'unknown',
] as const;
export type Genre = (typeof GENRES)[number];

const isoDate = z.iso.date();
const kronor = z.number().int();

export const activitySchema = z.object({
  number: z.string(),
  title: z.string(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  costSek: kronor.nullable(),
});

export const projectSchema = z.object({
  name: z.string(),
  acronym: z.string().nullable(),
  owner: z.string().nullable(),
  ownerOrgNumber: z.string().nullable(),
  amountSek: kronor.nullable(),
  maxSharePercent: z.number().nullable(),
  approvedCostsSek: kronor.nullable(),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  activities: z.array(activitySchema),
});

export const decisionSchema = z.object({
  date: isoDate.nullable(),
  decidedBy: z.string().nullable(),
  capacity: z.string().nullable(),
  presentedBy: z.string().nullable(),
  delegationPoint: z.string().nullable(),
  reportedToMeeting: isoDate.nullable(),
  legalBasis: z.array(z.string()),
  appropriation: z.string().nullable(),
  appealable: z.boolean().nullable(),
  diaryNumber: z.string().nullable(),
  externalCaseId: z.string().nullable(),
  reference: z.string().nullable(),
});

export const allocationSchema = z.object({
  perRecipientPerYearSek: kronor.nullable(),
  yearFrom: z.number().int().nullable(),
  yearTo: z.number().int().nullable(),
  requisitionDeadlines: z.array(isoDate),
  accountDeadlines: z.array(isoDate),
  repaymentDeadlines: z.array(isoDate),
});

export const warningSchema = z.object({ code: z.string(), message: z.string() });

export const extractionSchema = z.object({
  file: z.string(),
  genre: z.enum(GENRES),
  confidence: z.number().min(0).max(1),
  decision: decisionSchema,
  projects: z.array(projectSchema),
  recipients: z.array(z.string()),
  allocation: allocationSchema.nullable(),
  headlineTotalSek: kronor.nullable(),
  warnings: z.array(warningSchema),
});

export type Activity = z.infer<typeof activitySchema>;
export type ExtractedProject = z.infer<typeof projectSchema>;
export type ExtractedDecision = z.infer<typeof decisionSchema>;
export type Allocation = z.infer<typeof allocationSchema>;
export type ImportWarning = z.infer<typeof warningSchema>;
export type Extraction = z.infer<typeof extractionSchema>;

/** A decision block with nothing stated: every field null or empty. */
export const emptyDecision = (): ExtractedDecision => ({
  date: null,
  decidedBy: null,
  capacity: null,
  presentedBy: null,
  delegationPoint: null,
  reportedToMeeting: null,
  legalBasis: [],
  appropriation: null,
  appealable: null,
  diaryNumber: null,
  externalCaseId: null,
  reference: null,
});

export const emptyProject = (name: string): ExtractedProject => ({
  name,
  acronym: null,
  owner: null,
  ownerOrgNumber: null,
  amountSek: null,
  maxSharePercent: null,
  approvedCostsSek: null,
  periodStart: null,
  periodEnd: null,
  activities: [],
});

export const emptyAllocation = (): Allocation => ({
  perRecipientPerYearSek: null,
  yearFrom: null,
  yearTo: null,
  requisitionDeadlines: [],
  accountDeadlines: [],
  repaymentDeadlines: [],
});

/**
 * What a genre's extractor returns for a document: everything of the contract but the file name and the
 * genre (the dispatcher adds those). Warnings are added by the extractor from the domain's checks.
 */
export type GenreExtraction = Omit<Extraction, 'file' | 'genre' | 'confidence'>;
