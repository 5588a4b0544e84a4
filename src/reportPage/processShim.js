// The little of Node's `process` ExcelJS's sources and readable-stream touch in a browser.
module.exports = {
  browser: true,
  env: {},
  version: "",
  versions: {},
  nextTick: (fn, ...args) => Promise.resolve().then(() => fn(...args)),
};
