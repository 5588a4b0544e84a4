/**
 * A jsdom document as the global one, for a React tree rendered with react-dom in a jest test (the tests run in Node):
 * import this before react-dom, which looks for the document when it loads.
 */
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
Object.assign(globalThis, {
  window: dom.window,
  document: dom.window.document,
  navigator: dom.window.navigator,
  HTMLElement: dom.window.HTMLElement,
  Node: dom.window.Node,
  getComputedStyle: dom.window.getComputedStyle,
  // React's act() warns outside an environment that says it is one.
  IS_REACT_ACT_ENVIRONMENT: true,
});
