import { contentCatalogue } from './content-catalogue';
import { contentId, LocaleText } from './locale-text';
import { ALL_QUESTION_SETS } from './questionnaire/sets';
import { CATEGORY_TITLES } from './suppliers/supplier-category';

/** Every object shaped like content text, wherever it sits in the data. */
function allTexts(value: unknown, found: LocaleText[] = []): LocaleText[] {
  if (Array.isArray(value)) value.forEach((v) => allTexts(v, found));
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === 'en') found.push(value as LocaleText);
    else Object.values(value).forEach((v) => allTexts(v, found));
  }
  return found;
}

describe('contentCatalogue', () => {
  const catalogue = contentCatalogue();

  it('holds every piece of content text the questionnaires and categories carry', () => {
    const missing = allTexts([ALL_QUESTION_SETS, CATEGORY_TITLES])
      .filter((text) => catalogue[contentId(text)] !== text.en)
      .map((text) => text.en);
    expect(missing).toEqual([]);
  });

  it('gives two different texts two different ids', () => {
    const texts = new Set(allTexts([ALL_QUESTION_SETS, CATEGORY_TITLES]).map((t) => t.en));
    expect(Object.keys(catalogue).length).toBe(texts.size);
  });

  it('derives the id from the English, so a changed sentence needs translating again', () => {
    expect(contentId({ en: 'Yes' })).toBe(contentId({ en: 'Yes' }));
    expect(contentId({ en: 'Yes' })).not.toBe(contentId({ en: 'Yes.' }));
    expect(contentId({ en: 'Yes' })).toMatch(/^content\.[0-9a-z]+$/);
  });
});
