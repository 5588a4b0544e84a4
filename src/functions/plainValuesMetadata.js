/**
 * Build step: custom-functions-metadata writes `allowCustomDataForDataTypeAny: true` into functions.json (since
 * Office-Addin-Scripts PR #829), which makes Excel pass a cell holding a data type (an entity card, a linked entity,
 * an image) to an `any` parameter as its object rather than as a plain value. No function here reads data types, so
 * both metadata files switch it off (CustomFunctionsRuntime 1.4 added the property; false is Excel's behaviour
 * without it). What Excel then passes for such a cell the documentation does not say; src/functions/arguments.ts
 * still refuses an object in Russian rather than crash.
 * Plain CommonJS: webpack.config.js runs it and the tests call it.
 */
"use strict";

/**
 * @template T
 * @param {T} metadata
 * @returns {T & { allowCustomDataForDataTypeAny: false }}
 */
function plainValuesOnly(metadata) {
  return { ...metadata, allowCustomDataForDataTypeAny: false };
}

module.exports = { plainValuesOnly };
