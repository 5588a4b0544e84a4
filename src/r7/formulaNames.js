/**
 * The name of each formula in Р7-Офис / ONLYOFFICE (#28): the Excel door's namespace and id joined by «_»
 * (SHNOR.RISKGROUPS → SHNOR_RISKGROUPS). The engine gives a Cyrillic name #NAME? and a dotted one cannot be a
 * JavaScript function's name, which is what the engine registers. Plain CommonJS: the build (formulasCommand.js) and
 * the panel (formulas.ts) use this one rule.
 */
"use strict";
const NAMESPACES = require("../functions/namespace.json");

/** @param {string} id the Excel door's function id (RISKGROUPS) */
function latinName(id) {
  return `${NAMESPACES.latin}_${id}`;
}

module.exports = { latinName };
