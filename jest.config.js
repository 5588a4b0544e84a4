/** Unit and integration tests (ts-jest). Browser tests run separately (scripts/test.sh). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  // office-addin-mock imports office-addin-manifest, which needs modules Node 20 lacks; the mock never uses it.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/officeAddinManifest.js" },
  testTimeout: 60000,
};
