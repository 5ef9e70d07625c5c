/**
 * Bump when a parser change can change a record: stored reports remember the version that
 * parsed them, and a re-parse writes a new version only where the result changed.
 */
export const PARSER_VERSION = '1.0.0';
