// A pairing text as a QR code: qrcode's module matrix drawn as SVG <rect>s (qr-rects.ts) — no data: image and no
// innerHTML, which the page's CSP forbids. Dark on a white quiet zone whatever the theme: scanners need the contrast.
// Error correction M (15 %): a screen read at an angle or with a glare still scans.
import { create } from 'qrcode';
import { useMemo } from 'react';
import { darkRuns, drawingSize } from './qr-rects.ts';

export function PairingQr({ text, label }: { readonly text: string; readonly label: string }) {
  const { runs, size } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    return { runs: darkRuns(modules), size: drawingSize(modules) };
  }, [text]);
  return (
    <svg
      className="pairing-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-testid="pairing-qr"
    >
      <rect width={size} height={size} fill="#fff" />
      {runs.map((run) => (
        <rect key={`${run.y}-${run.x}`} x={run.x} y={run.y} width={run.width} height={1} fill="#000" />
      ))}
    </svg>
  );
}
