import type { en } from './catalog-en.js';

/** The shape every translation must have: the English keys, with strings and lists of strings. */
export type CatalogShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : CatalogShape<T[K]>;
};

/** A complete translation of the English catalog. */
export type Catalog = CatalogShape<typeof en>;
