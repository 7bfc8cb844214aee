// The public API of the Dramatis core. Everything outside src/core imports from here.
export { annotate } from './annotate.ts';
export { DramatisIndex, IndexFormatError, loadIndex, writeIndex, FORMAT_VERSION, type IndexBuildInput, type LoadOptions } from './index-format.ts';
export { normaliseKey, tokenize } from './normalise.ts';
export { entityId, orderBySalience } from './rank.ts';
export type * from './types.ts';
