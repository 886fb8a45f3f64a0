import { MATERIAL_FILE_TYPES, type MaterialScanStatus } from '@portal/shared-domain';

/** Served only when scanned clean, or when no scanner is configured (fails closed otherwise). */
export function isServable(scanStatus: string): boolean {
  return scanStatus === ('clean' satisfies MaterialScanStatus) || scanStatus === ('not-scanned' satisfies MaterialScanStatus);
}

/** PDFs and images may be shown in the portal's sandboxed frame. */
export function isPreviewable(mediaType: string): boolean {
  return MATERIAL_FILE_TYPES.some((type) => type.mediaType === mediaType && type.preview);
}
