// Small helpers for user text placed in emails: React escapes it, these only shape it.

/** One line, at most `max` characters: for subjects, where a newline would break headers. */
export function singleLine(value: string, max = 80): string {
  const line = value.replace(/\s+/g, " ").trim();

  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** The start of a long text, keeping its line breaks. */
export function excerpt(value: string, max = 1200): string {
  const text = value.trim();

  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
