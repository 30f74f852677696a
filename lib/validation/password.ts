/** The one password rule: length (NIST SP 800-63B); client and server share it. */
export const MIN_PASSWORD_LENGTH = 12;
