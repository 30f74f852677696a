import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorKey } from './action';
import { MIN_PASSWORD_LENGTH } from './validation/password';

let common: Set<string> | undefined;

/** lib/common-passwords.txt: about a thousand of the most used passwords, lower-cased, one a line. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(process.cwd(), 'lib', 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return common;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * The password rules beyond what a form can check alone (NIST SP 800-63B): long enough, not a
 * well-known password, not the person's e-mail and not containing their name. Returns the
 * message key of the first rule broken, or null. Use it wherever a password is set.
 */
export function passwordProblem(password: string, person: { email: string; name: string }): ErrorKey | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'Errors.passwordTooShort';
  const folded = fold(password);
  const compact = folded.replace(/\s+/g, '');
  if (commonPasswords().has(folded) || commonPasswords().has(compact)) return 'Errors.passwordTooCommon';
  if (compact === fold(person.email).trim()) return 'Errors.passwordIsEmail';
  // Each part of the name of four letters or more ("Olga"; shorter ones such as "Ali" would refuse
  // "quality"), and the whole name run together.
  const parts = fold(person.name).split(/[\s\-'.]+/u).filter((p) => [...p].length >= 4);
  const whole = fold(person.name).replace(/[\s\-'.]+/gu, '');
  if (parts.some((p) => compact.includes(p)) || (whole.length >= 4 && compact.includes(whole))) return 'Errors.passwordContainsName';
  return null;
}
