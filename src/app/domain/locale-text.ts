/**
 * A piece of content (a question, an option, an action…) as written in the questionnaire data: in
 * English, the source language. Other languages come from the translation files at run time.
 */
export type LocaleText = { readonly en: string };

/** Words content in the user's language. The app supplies it; the domain never picks a language. */
export type Translate = (text: LocaleText) => string;

/** The content as written, for specs and tools. */
export const inEnglish: Translate = (text) => text.en;

/**
 * The id of a content text in the translation files. It is derived from the English (a 53-bit
 * hash), so the same sentence is translated once wherever it appears, and a sentence that changes
 * needs translating again.
 */
export function contentId(text: LocaleText): string {
  return `content.${hash53(text.en)}`;
}

// cyrb53: a fast, well-spread 53-bit string hash; a collision among a few thousand texts is
// vanishingly unlikely, and the catalogue spec would report one.
function hash53(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
