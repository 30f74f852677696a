import { describe, expect, it } from 'vitest';
import en from './en.json';
import ru from './ru.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const flatEn = flatten(en);
const flatRu = flatten(ru);
const placeholders = (message: string) => [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();
const tags = (message: string) => [...message.matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has the same keys in English and Russian', () => {
    expect(Object.keys(flatRu).sort()).toEqual(Object.keys(flatEn).sort());
  });

  it('uses the same placeholders and tags in both languages', () => {
    for (const [key, message] of Object.entries(flatEn)) {
      expect(placeholders(flatRu[key] ?? ''), key).toEqual(placeholders(message));
      expect(tags(flatRu[key] ?? ''), key).toEqual(tags(message));
    }
  });

  it('gives every Russian plural the one, few and many forms', () => {
    for (const [key, message] of Object.entries(flatRu)) {
      if (!message.includes(', plural,')) continue;
      for (const form of ['one {', 'few {', 'many {', 'other {']) expect(message, key).toContain(form);
    }
  });

  it('has Russian that is not the English copied over', () => {
    // Language names are written in their own language on purpose (the switcher); social networks'
    // names are brands, written in Latin letters in Russian too, and so are the share links'.
    const sameByDesign = new Set(['LocaleSwitcher.en', 'LocaleSwitcher.ru', ...Object.keys(flatEn).filter((key) => key.startsWith('Social.') || ['Share.facebook', 'Share.x', 'Share.telegram', 'Share.whatsapp'].includes(key))]);
    const copied = Object.keys(flatEn).filter((key) => !sameByDesign.has(key) && flatEn[key] === flatRu[key]);
    expect(copied).toEqual([]);
    for (const [key, message] of Object.entries(flatRu)) {
      if (sameByDesign.has(key)) continue;
      expect(/[А-Яа-яЁё]/.test(message), `${key} has no Cyrillic: ${message}`).toBe(true);
    }
  });
});
