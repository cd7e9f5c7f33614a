// ESLint rule `layers/direction`: an import from one folder of src/ into another must follow the layer
// table below. Written as a rule (not a list of restricted paths per folder) so that the table is the
// whole policy, in one place, and every file kind (.ts, .astro, scripts, tests) is checked the same way.
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Which layers each layer may import. `types:` means type-only imports. A layer may always import
 * its own files. Nothing imports `ingest` but its CLI, scripts and tests.
 */
export const LAYERS = {
  schemas: [],
  text: ['schemas'],
  content: ['schemas', 'text'],
  ingest: ['schemas', 'text', 'content'],
  analysis: ['schemas', 'text'],
  site: ['schemas', 'text', 'content', 'analysis'],
  integrations: ['schemas', 'text', 'content', 'analysis', 'site'],
  // Client code: shipped to the browser, so it takes nothing of ours but types.
  islands: ['types:schemas'],
  // The .astro wrappers of islands render on the server and may read route data.
  'islands (.astro)': ['schemas', 'site', 'styles'],
  styles: [],
  components: ['schemas', 'site', 'islands', 'layouts', 'styles', 'types:analysis'],
  layouts: ['schemas', 'site', 'components', 'islands', 'styles'],
  pages: ['schemas', 'site', 'content', 'components', 'layouts', 'islands', 'styles', 'types:analysis'],
  // Astro's content collections file: the schemas and where the content lives.
  'content.config.ts': ['schemas', 'content'],
  'env.d.ts': [],
};

function layerOf(file) {
  const rel = relative(ROOT, file).split(sep);
  if (rel[0] !== 'src') return undefined;
  return rel.length === 2 ? rel[1] : rel[1];
}

export default {
  rules: {
    direction: {
      meta: {
        type: 'problem',
        docs: { description: 'Imports between the layers of src/ go one way (see ARCHITECTURE.md).' },
        messages: {
          forbidden: '{{from}} may not import {{to}} ({{spec}}). Allowed from {{from}}: {{allowed}}. See ARCHITECTURE.md.',
          unknown: 'src/{{from}} is not a known layer; add it to the table in scripts/lint/layers.js and to ARCHITECTURE.md.',
        },
        schema: [],
      },
      create(context) {
        const file = context.filename;
        const layer = layerOf(file);
        const from = layer === 'islands' && file.endsWith('.astro') ? 'islands (.astro)' : layer;
        const check = (node, spec, typeOnly) => {
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const target = resolve(dirname(file), spec);
          const to = layerOf(target);
          if (to === undefined || to === layer) return;
          if (from === undefined) {
            // Outside src/ (scripts, tests, config): anything but reaching into a page or component.
            return;
          }
          const allowed = LAYERS[from];
          if (!allowed) {
            context.report({ node, messageId: 'unknown', data: { from } });
            return;
          }
          if (allowed.includes(to) || (typeOnly && allowed.includes(`types:${to}`))) return;
          context.report({ node, messageId: 'forbidden', data: { from, to, spec, allowed: allowed.join(', ') || 'nothing' } });
        };
        return {
          ImportDeclaration(node) {
            const typeOnly = node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
            check(node, node.source.value, typeOnly);
          },
          ExportNamedDeclaration(node) {
            if (node.source) check(node, node.source.value, node.exportKind === 'type');
          },
          ExportAllDeclaration(node) {
            check(node, node.source.value, node.exportKind === 'type');
          },
          ImportExpression(node) {
            if (node.source.type === 'Literal') check(node, node.source.value, false);
          },
        };
      },
    },
  },
};
