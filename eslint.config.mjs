// Lint of the whole project: typescript-eslint's recommended rules plus Office.js's sharp edges
// (eslint-plugin-office-addins), which the Office door in src/excel must keep green, and React's rules of hooks
// (eslint-plugin-react-hooks, with the React Compiler's checks of its flat `recommended`) for the task pane.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  TextEncoder: "readonly",
};

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "coverage/**", "node_modules/**", "test-results/**", ".bench/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
  { files: ["src/taskpane/**/*.{ts,tsx}"], ...reactHooks.configs.flat.recommended },
  {
    // Only the code that runs on Office.js: the rules misread ExcelJS's cells (src/cli) as proxy objects.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts", "src/functions/**/*.ts", "test/helpers/fakeExcel.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
);
