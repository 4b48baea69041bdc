// The one part of the 'qrcode' package the renderer uses (PairingQr.tsx): the symbol's module matrix. Declared here
// rather than with @types/qrcode, whose declarations pull Node's types into the sandboxed renderer's program.
declare module 'qrcode' {
  export interface QRCodeOptions {
    readonly errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  }

  /** The symbol's modules, row by row: truthy = dark. */
  export interface BitMatrix {
    readonly size: number;
    get(row: number, col: number): boolean | number;
  }

  export function create(text: string, options?: QRCodeOptions): { readonly modules: BitMatrix };
}
