import { lazy, Suspense } from 'react';
import type { RecordMaterialProps } from './record-material-section';

// Its own chunk (with the material's texts), fetched after the page that shows it.
const RecordMaterialSection = lazy(async () => ({ default: (await import('./record-material-section')).RecordMaterialSection }));

/** The "Material" section of an initiative's, a network's or a method's page: one line there, the rest here. */
export function RecordMaterial(props: RecordMaterialProps) {
  return (
    <Suspense fallback={null}>
      <RecordMaterialSection {...props} />
    </Suspense>
  );
}
