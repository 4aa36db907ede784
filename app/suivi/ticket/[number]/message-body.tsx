// A thread body as plain text: React escapes it, line breaks are kept by CSS, and only
// http(s) addresses become links. No HTML from a message is ever interpreted.
const urlPattern = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that ends a sentence rather than the address it follows.
const trailingPunctuation = /[.,;:!?)\]]+$/;

type Part = { text: string; href?: string };

export function splitLinks(text: string): Part[] {
  const parts: Part[] = [];
  let cursor = 0;

  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const url = match[0].replace(trailingPunctuation, "");
    if (start > cursor) parts.push({ text: text.slice(cursor, start) });

    // Only a well-formed http(s) URL becomes a link; anything else stays text.
    const isWebUrl = URL.canParse(url) && ["http:", "https:"].includes(new URL(url).protocol);
    parts.push(isWebUrl ? { text: url, href: url } : { text: url });
    cursor = start + url.length;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });

  return parts;
}

export function MessageBody({ text }: { text: string }) {
  return (
    <div className="whitespace-pre-wrap break-words text-slate-900">
      {splitLinks(text).map((part, index) =>
        part.href ? (
          <a key={index} href={part.href} rel="noreferrer nofollow" className="text-brand-700 underline">
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
