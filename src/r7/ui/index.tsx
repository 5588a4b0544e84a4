/**
 * The panel's entry (r7/panel.js): rendered once the plugin SDK calls init, which it does when the editor has loaded
 * the plugin's frame; before that, and outside an editor, the page says what it waits for.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { type AscWindow, pluginCall, pluginOf } from "./pluginCall";
import { R7_STRINGS } from "./strings";

const root = createRoot(document.getElementById("root") as HTMLElement);
const plugin = pluginOf(window as AscWindow);
if (plugin) {
  plugin.init = () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App call={pluginCall(window as AscWindow)} />
      </FluentProvider>,
    );
} else {
  root.render(<p>{R7_STRINGS.noEditor}</p>);
}
