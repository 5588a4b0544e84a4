/** The last run's event (from the pane or the ribbon), as the store publishes it; `onEvent` hears each one too. */
import * as React from "react";
import { subscribeRuns, type RunEvent } from "../commands/store";

/** `onEvent` must keep its identity (React.useCallback): a new one subscribes again, and hears the last event again. */
export function useRunEvents(onEvent: (event: RunEvent) => void): RunEvent | undefined {
  const [last, setLast] = React.useState<RunEvent | undefined>();
  React.useEffect(
    () =>
      subscribeRuns((event) => {
        setLast(event);
        onEvent(event);
      }),
    [onEvent],
  );
  return last;
}
