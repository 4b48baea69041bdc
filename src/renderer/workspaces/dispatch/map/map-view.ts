// What part of the city the map shows, as plain numbers: a centre and a width in metres of the city projection
// (shared/geo/projection.ts). The SVG's viewBox is derived from it and the element's aspect ratio; pan and zoom
// are pure functions of it, so they are tested without a DOM.
import type { Point } from '../../../../shared/geo/projection.ts';

export interface MapView {
  /** Centre, metres east / south of Plaza San Martín. */
  readonly cx: number;
  readonly cy: number;
  /** Visible width in metres (the height follows the element's aspect ratio). */
  readonly width: number;
}

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ElementBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Half the side of the municipal square: the centre never leaves it. */
export const CITY_HALF_SIDE_M = 12_000;
export const MIN_VIEW_WIDTH_M = 400;
export const MAX_VIEW_WIDTH_M = 32_000;
/** One press of + or − (and one wheel notch of about 100 px). */
export const ZOOM_STEP = 1.5;
/** One press of an arrow key pans this fraction of the visible width. */
export const PAN_STEP = 0.15;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function clampView({ cx, cy, width }: MapView): MapView {
  return {
    cx: clamp(cx, -CITY_HALF_SIDE_M, CITY_HALF_SIDE_M),
    cy: clamp(cy, -CITY_HALF_SIDE_M, CITY_HALF_SIDE_M),
    width: clamp(width, MIN_VIEW_WIDTH_M, MAX_VIEW_WIDTH_M),
  };
}

/** `aspect` = element height ÷ width. */
export function viewBoxOf(view: MapView, aspect: number): ViewBox {
  const height = view.width * aspect;
  return { x: view.cx - view.width / 2, y: view.cy - height / 2, width: view.width, height };
}

export const viewBoxAttribute = ({ x, y, width, height }: ViewBox): string =>
  [x, y, width, height].map((n) => Number(n.toFixed(1))).join(' ');

/** The view that shows every point with a margin (a fraction of the extent), for an element of this aspect. */
export function fitView(points: readonly Point[], aspect: number, margin = 0.1): MapView {
  if (points.length === 0) return { cx: 0, cy: 0, width: 2 * CITY_HALF_SIDE_M };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = Math.max(maxX - minX, (maxY - minY) / aspect) * (1 + 2 * margin);
  return clampView({ cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, width });
}

/** Zooms by `factor` (> 1 = closer) keeping `anchor` (map metres; the centre by default) where it is on screen. */
export function zoomView(view: MapView, factor: number, anchor: Point = { x: view.cx, y: view.cy }): MapView {
  const width = clamp(view.width / factor, MIN_VIEW_WIDTH_M, MAX_VIEW_WIDTH_M);
  const k = width / view.width;
  return clampView({ cx: anchor.x + (view.cx - anchor.x) * k, cy: anchor.y + (view.cy - anchor.y) * k, width });
}

/** Moves the view by (dx, dy) metres. */
export const panView = (view: MapView, dx: number, dy: number): MapView => clampView({ ...view, cx: view.cx + dx, cy: view.cy + dy });

export const centreView = (view: MapView, point: Point): MapView => clampView({ ...view, cx: point.x, cy: point.y });

/**
 * How the viewBox sits in the element under SVG's default preserveAspectRatio (xMidYMid meet): one scale for
 * both axes, the box centred. Returns metres per CSS pixel and the box's offset inside the element.
 */
function fitted(box: ViewBox, element: ElementBox): { metresPerPixel: number; offsetX: number; offsetY: number } {
  const scale = Math.min(element.width / box.width, element.height / box.height); // px per metre
  return {
    metresPerPixel: 1 / scale,
    offsetX: (element.width - box.width * scale) / 2,
    offsetY: (element.height - box.height * scale) / 2,
  };
}

export const metresPerPixel = (box: ViewBox, element: ElementBox): number => fitted(box, element).metresPerPixel;

/** A pointer position (client pixels) as map metres. */
export function clientToMap(box: ViewBox, element: ElementBox, clientX: number, clientY: number): Point {
  const { metresPerPixel: mpp, offsetX, offsetY } = fitted(box, element);
  return { x: box.x + (clientX - element.left - offsetX) * mpp, y: box.y + (clientY - element.top - offsetY) * mpp };
}

/** The view after a keyboard command, or null when the key is not one of the map's. */
export function keyCommand(view: MapView, key: string, home: MapView): MapView | null {
  const step = view.width * PAN_STEP;
  switch (key) {
    case 'ArrowLeft':
      return panView(view, -step, 0);
    case 'ArrowRight':
      return panView(view, step, 0);
    case 'ArrowUp':
      return panView(view, 0, -step);
    case 'ArrowDown':
      return panView(view, 0, step);
    case '+':
    case '=':
      return zoomView(view, ZOOM_STEP);
    case '-':
    case '_':
      return zoomView(view, 1 / ZOOM_STEP);
    case '0':
    case 'Home':
      return home;
    default:
      return null;
  }
}
