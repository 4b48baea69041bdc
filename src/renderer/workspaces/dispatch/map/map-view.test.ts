import { describe, expect, it } from 'vitest';
import {
  CITY_HALF_SIDE_M,
  clientToMap,
  fitView,
  keyCommand,
  MAX_VIEW_WIDTH_M,
  metresPerPixel,
  MIN_VIEW_WIDTH_M,
  panView,
  viewBoxAttribute,
  viewBoxOf,
  zoomView,
  type MapView,
} from './map-view.ts';

const view: MapView = { cx: 1_000, cy: -500, width: 8_000 };

describe('the map view', () => {
  it('derives the viewBox from the centre, the width and the aspect ratio', () => {
    expect(viewBoxOf(view, 0.5)).toEqual({ x: -3_000, y: -2_500, width: 8_000, height: 4_000 });
    expect(viewBoxAttribute(viewBoxOf(view, 0.5))).toBe('-3000 -2500 8000 4000');
    expect(viewBoxAttribute({ x: 0.04, y: -1.26, width: 10.333, height: 5 })).toBe('0 -1.3 10.3 5');
  });

  it('maps a pointer to map metres, letterboxed or not', () => {
    const box = viewBoxOf(view, 0.5);
    const element = { left: 100, top: 50, width: 800, height: 400 }; // the same aspect: 10 m per px
    expect(metresPerPixel(box, element)).toBe(10);
    expect(clientToMap(box, element, 100, 50)).toEqual({ x: -3_000, y: -2_500 });
    expect(clientToMap(box, element, 500, 250)).toEqual({ x: 1_000, y: -500 });
    // a taller element: the box is centred vertically, 100 px of padding above and below
    const tall = { left: 0, top: 0, width: 800, height: 600 };
    expect(clientToMap(box, tall, 400, 100)).toEqual({ x: 1_000, y: -2_500 });
    expect(clientToMap(box, tall, 400, 300)).toEqual({ x: 1_000, y: -500 });
  });

  it('zooms about an anchor, which stays put on screen', () => {
    const anchor = { x: 3_000, y: 500 };
    const closer = zoomView(view, 2, anchor);
    expect(closer.width).toBe(4_000);
    // the anchor is at the same fraction of the view before and after
    const fraction = (v: MapView) => [(anchor.x - (v.cx - v.width / 2)) / v.width, (anchor.y - v.cy) / v.width];
    expect(fraction(closer)[0]).toBeCloseTo(fraction(view)[0]!, 10);
    expect(fraction(closer)[1]).toBeCloseTo(fraction(view)[1]!, 10);
    expect(zoomView(view, 2)).toEqual({ ...view, width: 4_000 }); // about the centre by default
  });

  it('keeps the zoom and the centre within bounds', () => {
    expect(zoomView(view, 1_000).width).toBe(MIN_VIEW_WIDTH_M);
    expect(zoomView(view, 1 / 1_000).width).toBe(MAX_VIEW_WIDTH_M);
    expect(panView(view, 1e6, -1e6)).toEqual({ cx: CITY_HALF_SIDE_M, cy: -CITY_HALF_SIDE_M, width: 8_000 });
  });

  it('fits points with a margin, whichever side is the tighter', () => {
    const points = [
      { x: -1_000, y: -2_000 },
      { x: 3_000, y: 2_000 },
    ];
    expect(fitView(points, 0.5, 0)).toEqual({ cx: 1_000, cy: 0, width: 8_000 }); // height 4 km needs width 8 km
    expect(fitView(points, 2, 0.5)).toEqual({ cx: 1_000, cy: 0, width: 8_000 }); // width 4 km, doubled by the margin
    expect(fitView([], 1)).toEqual({ cx: 0, cy: 0, width: 2 * CITY_HALF_SIDE_M });
  });

  it('answers the keyboard: arrows pan, + and − zoom, 0 and Home go back', () => {
    const home: MapView = { cx: 0, cy: 0, width: 10_000 };
    expect(keyCommand(view, 'ArrowRight', home)).toEqual({ ...view, cx: 2_200 });
    expect(keyCommand(view, 'ArrowUp', home)).toEqual({ ...view, cy: -1_700 });
    expect(keyCommand(view, '+', home)?.width).toBeCloseTo(8_000 / 1.5);
    expect(keyCommand(view, '-', home)?.width).toBeCloseTo(12_000);
    expect(keyCommand(view, 'Home', home)).toBe(home);
    expect(keyCommand(view, 'a', home)).toBeNull();
  });
});
