// The engine's public face: what the command line and the extension build on.
export * from './types';
export { check, prepareTable, type PreparedTable } from './check';
export { loadTable, tableProblemToString } from './table/load';
export { discoverTable } from './table/discover';
export { DEFAULT_SEVERITY, FAILING_VERDICTS } from './severity';
export { LineIndex, type LinePosition } from './text/lines';
