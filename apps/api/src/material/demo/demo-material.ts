import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { MaterialMediaType, ThemeCode, VisibilityCode } from '@portal/shared-domain';
import type { MaterialInput } from '../material.inputs.js';
import { demoPdf } from './demo-pdf.js';

/**
 * Demo material (apps/api/demo-data/material.json): the Connect 2 final report's process maps,
 * templates and the report itself, and Linköping's framework for development placements as a
 * strategic document whose review is overdue. One template has local variants in two other
 * municipalities, made from its first version before the original got a second. Only types are
 * imported (no decorated classes), so a unit test can check the file against the rules.
 */

export interface DemoPerson {
  readonly name: string;
  readonly email: string;
}

/** A file made at seed time: `.pdf` a one-page PDF, `.txt` plain text, of the heading and paragraphs. */
export interface DemoMaterialFile {
  readonly name: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface DemoMaterialVersion {
  readonly note: string;
  readonly files: readonly DemoMaterialFile[];
}

export interface DemoAdaptation {
  /** Organisation slug of the variant. */
  readonly owner: string;
  /** The original's version the variant was made from (its files are copied). */
  readonly afterVersion: number;
  readonly title: string;
  readonly responsible: DemoPerson;
}

export interface DemoMaterial {
  /** Stable key for tests and links; not stored. */
  readonly key: string;
  /** Slug of the owning organisation (REGION_ORGANIZATIONS). */
  readonly owner: string;
  readonly title: string;
  readonly kind: string;
  readonly summary: string;
  readonly description: string;
  readonly themes: readonly ThemeCode[];
  readonly audiences: readonly string[];
  readonly language: string;
  readonly licence: string;
  readonly visibility: VisibilityCode;
  readonly responsible: DemoPerson;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly reviewCycleMonths: number | null;
  readonly nextReviewOn: string | null;
  /** Demo initiative keys (initiatives.json). */
  readonly initiatives: readonly string[];
  /** Demo method keys (methods.json). */
  readonly methods: readonly string[];
  readonly versions: readonly DemoMaterialVersion[];
  readonly adaptations?: readonly DemoAdaptation[];
  /** Networks (keys of networks.json) the material is shared with, and the member (user key there) who shares it. */
  readonly shares?: readonly { readonly network: string; readonly by: string }[];
}

const DATA_FILE = new URL('../../../demo-data/material.json', import.meta.url);

export const DEMO_MATERIAL: readonly DemoMaterial[] = (JSON.parse(readFileSync(DATA_FILE, 'utf8')) as { materials: DemoMaterial[] }).materials;

/** The form's input for a demo material; linked records are resolved by the seed (ids). */
export function demoMaterialInput(
  demo: DemoMaterial,
  linked: { initiativeIds: string[]; methodIds: string[] } = { initiativeIds: [], methodIds: [] },
): MaterialInput {
  return {
    title: demo.title,
    kind: demo.kind,
    summary: demo.summary,
    description: demo.description,
    themes: [...demo.themes],
    audiences: [...demo.audiences],
    language: demo.language,
    licence: demo.licence,
    visibility: demo.visibility,
    responsibleName: demo.responsible.name,
    responsibleEmail: demo.responsible.email,
    validFrom: demo.validFrom,
    validTo: demo.validTo,
    reviewCycleMonths: demo.reviewCycleMonths,
    nextReviewOn: demo.nextReviewOn,
    initiativeIds: linked.initiativeIds,
    methodIds: linked.methodIds,
  };
}

/** A demo file's stored form: bytes, recognised type, digest and the text search should find. */
export interface DemoFileContent {
  readonly name: string;
  readonly mediaType: MaterialMediaType;
  readonly bytes: Buffer;
  readonly sha256: string;
  /** What an extractor reads from it: the heading and paragraphs, one a line. */
  readonly text: string;
}

export function demoFileContent(file: DemoMaterialFile): DemoFileContent {
  const text = [file.heading, ...file.paragraphs].join('\n');
  let mediaType: MaterialMediaType;
  let bytes: Buffer;
  if (file.name.endsWith('.pdf')) {
    mediaType = 'application/pdf';
    bytes = demoPdf(file.heading, file.paragraphs);
  } else if (file.name.endsWith('.txt')) {
    mediaType = 'text/plain';
    bytes = Buffer.from(`${file.heading}\n\n${file.paragraphs.join('\n\n')}\n`, 'utf8');
  } else throw new Error(`Demofilen ${file.name} är varken .pdf eller .txt.`);
  return { name: file.name, mediaType, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), text };
}
