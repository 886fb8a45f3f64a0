/** Bytes per stored chunk: every chunk but the last is exactly this long, so a byte range maps to chunk numbers. */
export const CHUNK_BYTES = 1024 * 1024;

/** Files larger than this are not opened for their text: the API process would hold the whole file. */
export const TEXT_EXTRACTION_MAX_BYTES = 25 * 1024 * 1024;
