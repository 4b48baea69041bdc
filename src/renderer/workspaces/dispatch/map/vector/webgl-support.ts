// Whether this screen can draw the vector map at all: MapLibre GL needs WebGL 2. Asked once, before loading the
// library; a context that fails later (the map throws while starting) ends in the same SVG fallback.
export function supportsWebGl2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext(); // give the context back: the map makes its own
    return gl !== null;
  } catch {
    return false;
  }
}
