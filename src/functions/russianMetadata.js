/**
 * Build step: functions-ru.json = functions.json (generated from the JSDoc of functions.ts) with the Russian
 * names and descriptions of ru.json (SPEC §7) put in. Fails loudly on any mismatch, so a function can never
 * ship without its Russian name and ru.json can never name a function that does not exist.
 * Plain CommonJS: webpack.config.js runs it and the tests call it.
 */
"use strict";

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { name: string, description: string, parameters?: Record<string, { name: string, description: string }> }>} russian
 * @returns {typeof metadata}
 */
function russianMetadata(metadata, russian) {
  const errors = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(russian)) {
    if (!ids.has(id)) errors.push(`ru.json: «${id}» — нет такой функции в functions.ts`);
  }
  const functions = metadata.functions.map((fn) => {
    const ru = russian[fn.id];
    if (!ru) {
      errors.push(`ru.json: нет русского имени для функции ${fn.id}`);
      return fn;
    }
    const ruParams = ru.parameters || {};
    const parameters = (fn.parameters || []).map((param) => {
      const ruParam = ruParams[param.name];
      if (!ruParam) {
        errors.push(`ru.json: ${fn.id} — нет русского имени для аргумента «${param.name}»`);
        return param;
      }
      return { ...param, name: ruParam.name, description: ruParam.description };
    });
    const known = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys(ruParams)) {
      if (!known.has(name)) errors.push(`ru.json: ${fn.id} — у функции нет аргумента «${name}»`);
    }
    return { ...fn, name: ru.name, description: ru.description, parameters };
  });
  if (errors.length > 0) throw new Error(`Русские метаданные функций не собраны:\n${errors.join("\n")}`);
  return { ...metadata, functions };
}

module.exports = { russianMetadata };
