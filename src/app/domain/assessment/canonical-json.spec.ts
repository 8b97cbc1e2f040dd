import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 'x', c: [2, 1] } })).toBe(
      canonicalJson({ a: { c: [2, 1], d: 'x' }, b: 1 }),
    );
  });

  it('sorts keys and leaves out white space', () => {
    expect(canonicalJson({ b: 'two', a: 1 })).toBe('{"a":1,"b":"two"}');
  });

  it('keeps array order, which carries meaning', () => {
    expect(canonicalJson([2, 1])).toBe('[2,1]');
  });

  it('leaves out undefined properties as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});
