/** Stories only: the locales offered in the toolbar, and their writing direction. */
export const LOCALES = [
  { value: "en-US", title: "English (US)" },
  { value: "de-DE", title: "Deutsch" },
  { value: "en-IN", title: "English (India)" },
  { value: "ja-JP", title: "日本語" },
  { value: "ar-EG", title: "العربية (right to left)" },
  { value: "he-IL", title: "עברית (right to left)" },
] as const;

const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb"]);

/** `"rtl"` for right-to-left scripts, else `"ltr"`. */
export function directionOf(locale: string): "rtl" | "ltr" {
  return RTL_LANGUAGES.has(locale.split("-")[0]?.toLowerCase() ?? "") ? "rtl" : "ltr";
}
