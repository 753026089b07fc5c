// How a language driver process is started (the runner builds it; the sandbox may wrap it).

/** How to start a driver. */
export interface DriverLaunch {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Variables the language needs; nothing else of the parent's environment is passed. */
  readonly env: Readonly<Record<string, string>>;
}
