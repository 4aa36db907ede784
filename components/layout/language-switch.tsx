import { setLocale } from "@/app/actions/set-locale";
import { locales } from "@/i18n/locales";

const labels: Record<string, string> = { fr: "Français", en: "English" };

// A plain form, so switching works before hydration and without JavaScript.
export function LanguageSwitch({ current, label }: { current: string; label: string }) {
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={label}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 text-slate-700 aria-pressed:bg-brand-100 aria-pressed:font-semibold aria-pressed:text-brand-800"
        >
          {labels[locale]}
        </button>
      ))}
    </form>
  );
}
