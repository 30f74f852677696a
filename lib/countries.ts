/**
 * The countries stories are tagged with: Central Asia first, then the Almaty Process's other
 * members and observers. Names: countryName (lib/format.ts), in the reader's language.
 */
export const COUNTRY_CODES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AF', 'AZ', 'IR', 'PK', 'TR', 'RU'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export function isCountryCode(value: string): value is CountryCode {
  return (COUNTRY_CODES as readonly string[]).includes(value);
}
