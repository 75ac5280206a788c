import { useCallback, useEffect, useState } from "react";
import { defaultSettings, type Settings, settingsFromSearch, settingsToSearch } from "./settings";

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/**
 * The view's settings, kept in the address bar: every change replaces the URL
 * (no history entry per keystroke), so copying it shares the view.
 */
export function useUrlSettings(): [Settings, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState(() =>
    settingsFromSearch(window.location.search, defaultSettings(browserZone())),
  );

  useEffect(() => {
    const search = settingsToSearch(settings, window.location.search);
    if (search !== window.location.search) {
      window.history.replaceState(
        null,
        "",
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
  }, [settings]);

  useEffect(() => {
    const onPop = () =>
      setSettings(settingsFromSearch(window.location.search, defaultSettings(browserZone())));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback(
    (change: Partial<Settings>) => setSettings((s) => ({ ...s, ...change })),
    [],
  );
  return [settings, update];
}
