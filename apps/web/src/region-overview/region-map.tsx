import { geoArea, geoPath, geoTransverseMercator, type GeoPermissibleObjects } from 'd3-geo';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLocale } from '../i18n/use-locale';
import { formatNumber } from './region-format';
// The source file as it is (see the README beside it), served as an asset of its own: fetched only here.
import geojsonUrl from './ostergotland-municipalities.geojson?url';

interface MunicipalityFeature {
  readonly type: 'Feature';
  readonly properties: { readonly municipalityCode: string; readonly name: string; readonly labelPoint: readonly [number, number] };
  readonly geometry: { readonly type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}

interface FeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: MunicipalityFeature[];
}

export interface MapFigures {
  readonly code: string;
  readonly name: string;
  readonly count: number;
  readonly owned: number;
  readonly href: string;
}

const WIDTH = 560;
const HEIGHT = 520;
// Sequential classes, light to dark; the count is written on each municipality too, so the fill
// never carries the figure alone, and every border is dark enough against the page.
const CLASSES = ['#f3f5f8', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;

/**
 * The file follows RFC 7946 (exterior rings counter-clockwise); d3-geo reads rings on the sphere
 * the other way round. A feature whose area is more than half the globe is turned around.
 */
function rewind(feature: MunicipalityFeature): MunicipalityFeature {
  if (geoArea(feature as unknown as GeoPermissibleObjects) <= 2 * Math.PI) return feature;
  const geometry = feature.geometry;
  const coordinates =
    geometry.type === 'Polygon'
      ? (geometry.coordinates as number[][][]).map((ring) => [...ring].reverse())
      : (geometry.coordinates as number[][][][]).map((polygon) => polygon.map((ring) => [...ring].reverse()));
  return { ...feature, geometry: { ...geometry, coordinates } as MunicipalityFeature['geometry'] };
}

/** Class breaks from the largest count: 0, then four equal steps. */
function classOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(CLASSES.length - 1, 1 + Math.floor(((count - 1) / max) * (CLASSES.length - 1)));
}

function useMunicipalities(): { features?: MunicipalityFeature[]; failed: boolean } {
  const [state, setState] = useState<{ features?: MunicipalityFeature[]; failed: boolean }>({ failed: false });
  useEffect(() => {
    let live = true;
    fetch(geojsonUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<FeatureCollection>;
      })
      .then((collection) => {
        if (live) setState({ features: collection.features.map(rewind), failed: false });
      })
      .catch(() => {
        if (live) setState({ failed: true });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * The county as a choropleth of initiatives per municipality, drawn in the browser (d3-geo, a
 * transverse Mercator like SWEREF 99 TM, fitted to the features; no tiles). Each municipality is
 * a link: Tab reaches it, hover and focus show its figures, click or Enter opens the register.
 */
export function RegionMap({ figures }: { readonly figures: readonly MapFigures[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { features, failed } = useMunicipalities();
  const [active, setActive] = useState<string | null>(null);
  const byCode = useMemo(() => new Map(figures.map((f) => [f.code, f])), [figures]);
  const max = Math.max(0, ...figures.map((f) => f.count));

  const drawn = useMemo(() => {
    if (!features) return undefined;
    const collection = { type: 'FeatureCollection', features } as unknown as GeoPermissibleObjects;
    const projection = geoTransverseMercator()
      .rotate([-15, 0])
      .fitExtent(
        [
          [8, 8],
          [WIDTH - 8, HEIGHT - 8],
        ],
        collection as Parameters<ReturnType<typeof geoTransverseMercator>['fitExtent']>[1],
      );
    const path = geoPath(projection);
    return features.map((feature) => ({
      code: feature.properties.municipalityCode,
      name: feature.properties.name,
      d: path(feature as unknown as GeoPermissibleObjects) ?? '',
      label: projection([feature.properties.labelPoint[0], feature.properties.labelPoint[1]]) ?? [0, 0],
    }));
  }, [features]);

  if (failed) return <p className="notice">{t('regionOverview.map.failed')}</p>;
  if (!drawn)
    return (
      <p role="status" className="status">
        {t('regionOverview.map.loading')}
      </p>
    );

  const shown = active ? byCode.get(active) : undefined;
  // Each class's range, read from classOf itself so the legend cannot disagree with the fills.
  const steps: { colour: string; text: string }[] = [];
  for (let k = 1; k < CLASSES.length; k++) {
    let from = 0;
    let to = 0;
    for (let c = 1; c <= max; c++) {
      if (classOf(c, max) !== k) continue;
      if (from === 0) from = c;
      to = c;
    }
    if (from > 0)
      steps.push({ colour: CLASSES[k]!, text: from === to ? formatNumber(to, locale) : `${formatNumber(from, locale)}–${formatNumber(to, locale)}` });
  }

  return (
    <div className="region-map">
      <svg className="region-map__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t('regionOverview.map.label')}>
        {drawn.map((m) => {
          const f = byCode.get(m.code);
          const count = f?.count ?? 0;
          const owned = f?.owned ?? 0;
          const name = f?.name ?? m.name;
          const href = f?.href ?? '';
          return (
            <a
              key={m.code}
              href={href}
              className="region-map__municipality"
              data-code={m.code}
              aria-label={t('regionOverview.map.municipality', { name, count, owned })}
              onMouseEnter={() => setActive(m.code)}
              onFocus={() => setActive(m.code)}
              onClick={(event) => {
                event.preventDefault();
                void navigate(href);
              }}
            >
              <path d={m.d} fill={CLASSES[classOf(count, max)]} stroke="#1b1f24" strokeWidth={1} />
              <text x={m.label[0]} y={m.label[1]} textAnchor="middle" dominantBaseline="middle" className="region-map__count" aria-hidden="true">
                {formatNumber(count, locale)}
              </text>
            </a>
          );
        })}
      </svg>
      <div className="region-map__side">
        <p className="region-map__figure" aria-live="polite" data-testid="region-map-figure">
          {shown
            ? t('regionOverview.map.figure', { name: shown.name, code: shown.code, count: shown.count, owned: shown.owned })
            : t('regionOverview.map.prompt')}
        </p>
        <div className="region-legend">
          <span className="region-legend__title">{t('regionOverview.map.legend')}:</span>
          <ul className="region-legend__list">
            <li>
              <svg width="14" height="14" aria-hidden="true" focusable="false">
                <rect width="14" height="14" fill={CLASSES[0]} stroke="#1b1f24" />
              </svg>{' '}
              0
            </li>
            {steps.map((step) => (
              <li key={step.text}>
                <svg width="14" height="14" aria-hidden="true" focusable="false">
                  <rect width="14" height="14" fill={step.colour} stroke="#1b1f24" />
                </svg>{' '}
                {step.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
