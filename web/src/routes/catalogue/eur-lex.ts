/** The act on EUR-Lex in the reader's language (EUR-Lex has all 24). */
export function eurLexUrl(celex: string, lang: string): string {
  return `https://eur-lex.europa.eu/legal-content/${lang.toUpperCase()}/TXT/?uri=CELEX:${encodeURIComponent(celex)}`;
}
