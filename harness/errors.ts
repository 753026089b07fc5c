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
  | 'IMAGE_PULL_FAILED'
  | 'FIXTURE_INVALID';

/** A harness fault with a code, a message that names cause and fix, and the original cause. */
export class HarnessError extends Error {
  readonly code: HarnessErrorCode;
  /** The page and line a page fault is at (data: callers never read it back out of the message). */
  readonly page?: { readonly file: string; readonly line?: number };
  /** The message without its `file:line: ` prefix. */
  readonly reason: string;

  constructor(code: HarnessErrorCode, message: string, options?: { cause?: unknown; page?: { file: string; line?: number } }) {
    const page = options?.page;
    super(page ? `${page.file}${page.line ? `:${page.line}` : ''}: ${message}` : message, options);
    this.name = 'HarnessError';
    this.code = code;
    this.reason = message;
    if (page) this.page = page;
  }
}

/** True when `error` is a HarnessError (optionally of the given code). */
export function isHarnessError(error: unknown, code?: HarnessErrorCode): error is HarnessError {
  return error instanceof HarnessError && (code === undefined || error.code === code);
}
