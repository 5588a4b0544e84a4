/**
 * The editor's side of the panel: window.Asc.plugin, which the plugin SDK (plugins.js, served by the editor) provides.
 * A command goes as `callCommand` sends it: the function's text, with window.Asc.scope as JSON.
 */
import type { CallCommand } from "../door";

interface PluginSdk {
  init?: () => void;
  callCommand(command: () => unknown, isClose: boolean, isCalc: boolean, callback: (result: unknown) => void): void;
}
export interface AscWindow {
  Asc?: { plugin?: PluginSdk; scope?: Record<string, unknown> };
}

export function pluginOf(win: AscWindow): PluginSdk | undefined {
  return win.Asc?.plugin;
}

/** isCalc true: the editor recalculates after the command, as after a user's edit. */
export function pluginCall(win: AscWindow): CallCommand {
  return (command, scope) =>
    new Promise((resolve) => {
      const asc = win.Asc as { plugin: PluginSdk; scope?: Record<string, unknown> };
      asc.scope = scope;
      asc.plugin.callCommand(command, false, true, resolve);
    });
}
