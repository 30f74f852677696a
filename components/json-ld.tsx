/**
 * Structured data for search engines: a <script type="application/ld+json">. JSON is not HTML, so
 * every character that could end the script element or start markup (<, >, &, and the line
 * separators JavaScript once choked on) is written as a \u escape: stored text cannot break out.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function JsonLd({ data }: { data: unknown }) {
  // The text is escaped above; nothing in it can be read as markup.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
