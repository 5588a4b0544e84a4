/** Task pane entry: renders at once, then learns whether it runs inside Excel. */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { detectHost, type HostState } from "./host";

function render(host: HostState): void {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

const root = createRoot(document.getElementById("root") as HTMLElement);
render("waiting");
void detectHost(typeof Office === "undefined" ? undefined : Office).then(render);
