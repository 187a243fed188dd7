// The engine's public face: what the command line and the extension build on.
export * from './types';
export { check, CheckCancelled, documentDateOf, prepareTable, unresolvedRelativeDates, type PreparedTable, type CheckRunOptions } from './check';
export type { DocumentDate, DocumentDateOrigin } from './text/documentDate';
export { ParagraphCache } from './cache';
export { loadTable, tableProblemToString } from './table/load';
export { discoverTable } from './table/discover';
export { DEFAULT_SEVERITY, FAILING_VERDICTS } from './severity';
export { LineIndex, type LinePosition } from './text/lines';
export { describeClaim, describeClaims, describeValue, emptyTable, type ClaimRecord } from './extract/describe';
export { dateValueToIso } from './format/isoDate';
export { agreementMatrix, type Agreement, type AgreementCell, type AgreementRow } from './verdict/agreement';
export { sourceIdsIn } from './table/sourceIds';
export { describeSource } from './table/sourceText';
export { buildTable, updateTable, htmlToText, TableUpdateError, type BuildOptions, type BuildStep, type SourceText } from './tabulate';
export { parseDocumentDate, type UnresolvedDate } from './extract/dates';
