// opencc-js ships its raw dictionaries without type declarations: each is one string of
// `source target[ target…]` entries separated by `|`.
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TSPhrases' {
  const dict: string;
  export default dict;
}
