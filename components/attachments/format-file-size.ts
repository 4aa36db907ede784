/** "1,2 Mo" in French, "1.2 MB" in English: units and separators come from Intl. */
export function formatFileSize(bytes: number, locale: string): string {
  // Intl's short "byte" reads "42 byte" in English; tiny files are shown in kilobytes.
  const isLarge = bytes >= 1024 * 1024;
  const value = isLarge ? bytes / 1024 / 1024 : Math.max(bytes / 1024, 0.1);

  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: isLarge ? "megabyte" : "kilobyte",
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}
