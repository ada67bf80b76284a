// Whether another process still runs: what a lock file or a half-written file names. Node
// built-ins only, so any thread can ask without loading the writers.

/** Whether a process of this pid runs (as another user too). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // running, as another user
  }
}
