// unicode-name ships no type declarations; this is the one function the project uses.
declare module 'unicode-name' {
  /** The Unicode name of the first character of `char` (`CYRILLIC SMALL LETTER IE`), if it has one. */
  export function unicodeName(char: string): string | undefined;
}
