/** The distinct http(s) links of an HTML message, in order, with their entities decoded. */
export function extractLinks(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const href = match[1]
      .replaceAll("&amp;", "&")
      .replaceAll("&quot;", '"')
      .replaceAll("&#x27;", "'")
      .replaceAll("&#39;", "'");
    if (/^https?:\/\//i.test(href)) links.add(href);
  }

  return [...links];
}
