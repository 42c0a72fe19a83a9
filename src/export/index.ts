export { csvPaths, exportGraph, openWriter, type OpenedWriter } from './export-graph.ts';
export { type ExportScope } from './read-graph.ts';
export { EXPORT_FORMATS, type ExportFormat, type ExportSummary } from './types.ts';
