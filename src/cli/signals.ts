/** The signals that end a run from outside: Ctrl-C, `kill`, a closed terminal. */
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * While a run holds files that must not outlive it, run `cleanup` (synchronous) when the process is
 * interrupted, then end the process by the same signal, as it would have ended without the handler
 * (a shell sees 128 + the signal's number: 130 for Ctrl-C). Returns the function that stops watching.
 * @internal
 */
export function onInterrupt(cleanup: () => void): () => void {
  const stop = () => {
    for (const signal of SIGNALS) process.off(signal, handler);
  };
  function handler(signal: NodeJS.Signals): void {
    // The handler stays while `cleanup` runs: a second Ctrl-C meanwhile waits for it. Without a
    // handler it would end the process at once, with the files half removed.
    try {
      cleanup();
    } finally {
      stop();
      process.kill(process.pid, signal);
    }
  }
  for (const signal of SIGNALS) process.on(signal, handler);
  return stop;
}
