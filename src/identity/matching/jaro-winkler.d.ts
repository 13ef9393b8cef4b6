/** The `jaro-winkler` package ships no types: it exports one function (prefix scale 0.1, up to 4 characters). */
declare module 'jaro-winkler' {
  function jaroWinkler(a: string, b: string, options?: { caseSensitive?: boolean }): number;
  export = jaroWinkler;
}
