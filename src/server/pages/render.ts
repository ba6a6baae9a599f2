/**
 * HTML pages from the Eta templates in `templates/pages/`. Every `<%= %>`
 * interpolation is escaped; markup goes out raw only as a `Markup` value,
 * which only this service's own code builds (the SVG writer's charts, the QR
 * code), so nothing from a plan or a profile can reach the page unescaped.
 */
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';

export const PAGE_TEMPLATES = fileURLToPath(new URL('../../../templates/pages/', import.meta.url));
export const STATIC_FILES = fileURLToPath(new URL('../../../templates/static/', import.meta.url));

/** Markup produced by our own writers; templates print it with `<%~ x.html %>`, and nothing else raw. */
export class Markup {
  constructor(readonly html: string) {}
}

const eta = new Eta({ views: PAGE_TEMPLATES, autoEscape: true, cache: true, useWith: false });

export function renderPage(name: string, data: object): string {
  return eta.render(name, data);
}

export const HTML_TYPE = 'text/html; charset=utf-8';
