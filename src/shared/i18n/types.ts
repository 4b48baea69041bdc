// A translation must have exactly the keys of its Spanish original (es-AR is the source language).
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
