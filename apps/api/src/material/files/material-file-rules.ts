import type { MaterialScanStatus } from '@portal/shared-domain';

/** Bytes per stored chunk: every chunk but the last is exactly this long, so a byte range maps to chunk numbers. */
export const CHUNK_BYTES = 1024 * 1024;

/** Files larger than this are not opened for their text: the API process would hold the whole file. */
export const TEXT_EXTRACTION_MAX_BYTES = 25 * 1024 * 1024;

/**
 * Whether a file's bytes may be handed out: scanned and clean, or stored while no scanner was
 * configured. `pending`, `failed` (fail closed) and `infected` never are.
 */
export function isServable(scanStatus: string): boolean {
  return scanStatus === ('clean' satisfies MaterialScanStatus) || scanStatus === ('not-scanned' satisfies MaterialScanStatus);
}
