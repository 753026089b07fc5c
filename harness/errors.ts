// Typed faults of the harness itself; snippet failures are results, never these.

/** Codes for every harness fault, so callers and tests can tell them apart. */
export type HarnessErrorCode =
  | 'PAGE_UNREADABLE'
  | 'PAGE_EMPTY'
  | 'PAGE_BINARY'
  | 'PAGE_MALFORMED'
  | 'PAGE_FORMAT_UNKNOWN'
  | 'PAGE_NO_CODE'
  | 'USAGE'
  | 'TOOLCHAIN_MISSING'
  | 'INSTALL_FAILED'
  | 'SERVER_FAILED'
  | 'DOCKER_UNAVAILABLE'
  | 'FIXTURE_INVALID';

/** A harness fault with a code, a message that names cause and fix, and the original cause. */
export class HarnessError extends Error {
  readonly code: HarnessErrorCode;

  constructor(code: HarnessErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HarnessError';
    this.code = code;
  }
}

/** True when `error` is a HarnessError (optionally of the given code). */
export function isHarnessError(error: unknown, code?: HarnessErrorCode): error is HarnessError {
  return error instanceof HarnessError && (code === undefined || error.code === code);
}
