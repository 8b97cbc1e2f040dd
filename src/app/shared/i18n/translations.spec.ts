import source from '../../../locale/messages.json';
import { LOCALES, SOURCE_LOCALE } from './locales';

type Catalogue = { readonly locale: string; readonly translations: Record<string, string> };

// Banned terms per language (../shared/domain/glossary.md, Luxembourg Terminology Guidelines).
// Spanish and French are matched without accents, as the glossary notes; Vietnamese and
// Kiswahili as written.
const BANNED: Record<string, readonly string[]> = {
  en: [
    'child prostitut',
    'juvenile prostitution',
    'underage sex worker',
    'child sex tourism',
    'sex tourism',
    'sex tourist',
    'child pornography',
    'prostituted youth',
  ],
  es: [
    'prostitucion infantil',
    'nino prostituto',
    'nina prostituta',
    'menores prostituidos',
    'trabajadora sexual menor',
    'turismo sexual',
    'turista sexual',
    'pornografia infantil',
  ],
  fr: [
    'prostitution enfantine',
    'prostitution infantile',
    'enfant prostitue',
    'prostitution juvenile',
    'tourisme sexuel',
    'touriste sexuel',
    'pedopornographie',
  ],
  sw: [
    'ukahaba wa watoto',
    'mtoto kahaba',
    'malaya',
    'utalii wa ngono',
    'mtalii wa ngono',
    'picha za ngono za watoto',
  ],
  vi: [
    'mại dâm trẻ em',
    'trẻ em bán dâm',
    'gái mại dâm vị thành niên',
    'trẻ em hành nghề mại dâm',
    'du lịch tình dục',
    'khách du lịch tình dục',
    'khách mua dâm',
    'văn hóa phẩm đồi trụy trẻ em',
    'phim ảnh khiêu dâm trẻ em',
  ],
};
const WITHOUT_ACCENTS = ['es', 'fr'];

function normalise(text: string, locale: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  return WITHOUT_ACCENTS.includes(locale)
    ? lower.normalize('NFD').replace(/\p{Diacritic}/gu, '')
    : lower;
}

async function catalogue(locale: string): Promise<Catalogue> {
  const response = await fetch(new URL(`locale/messages.${locale}.json`, document.baseURI));
  expect(response.ok).withContext(`src/locale/messages.${locale}.json`).toBeTrue();
  return response.json();
}

/** Interpolations and ICU switches a translation must keep (plural categories may differ). */
function placeholders(text: string): string {
  const marks = text.match(
    /\{\$[A-Za-z0-9_]+\}|\{VAR_(?:PLURAL|SELECT)(?:_\d+)?,|\{[A-Z][A-Z0-9_]*\}/g,
  );
  return [...new Set(marks ?? [])].sort().join(' ');
}

describe('translations', () => {
  const sourceIds = Object.keys(source.translations);
  const translated = LOCALES.filter((l) => l.id !== SOURCE_LOCALE);

  for (const { id } of translated) {
    describe(id, () => {
      let file: Catalogue;
      beforeAll(async () => (file = await catalogue(id)));

      it('has every message the source has, and none it lacks', () => {
        const ids = Object.keys(file.translations);
        expect(sourceIds.filter((m) => !ids.includes(m)))
          .withContext('missing')
          .toEqual([]);
        expect(ids.filter((m) => !sourceIds.includes(m)))
          .withContext('extra')
          .toEqual([]);
        expect(file.locale).toBe(id);
      });

      it('keeps every placeholder of every message', () => {
        const broken = sourceIds.filter(
          (m) =>
            m in file.translations &&
            placeholders(source.translations[m as keyof typeof source.translations]) !==
              placeholders(file.translations[m]),
        );
        expect(broken).toEqual([]);
      });

      it('uses none of the banned terms of the glossary', () => {
        expect(BANNED[id]).withContext(`add the glossary's banned terms for ${id}`).toBeDefined();
        const found = Object.entries(file.translations).flatMap(([m, text]) =>
          (BANNED[id] ?? [])
            .filter((term) => normalise(text, id).includes(normalise(term, id)))
            .map((term) => `${m}: ${term}`),
        );
        expect(found).toEqual([]);
      });
    });
  }

  it('uses none of the banned English terms in the source', () => {
    const found = Object.entries(source.translations).flatMap(([m, text]) =>
      BANNED['en'].filter((term) => text.toLowerCase().includes(term)).map((t) => `${m}: ${t}`),
    );
    expect(found).toEqual([]);
  });

  it('says in Vietnamese that a child is everyone under 18', async () => {
    const vi = await catalogue('vi');
    const statements = Object.values(vi.translations).filter((text) =>
      text.includes('dưới 18 tuổi'),
    );
    expect(statements.length).toBeGreaterThan(0);
  });
});
