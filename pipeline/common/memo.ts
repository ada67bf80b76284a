// Remembering a pure function's answers for the words and lines that recur across reports.

/**
 * `compute` with its answers remembered by argument. The memory is bounded: past `limit`
 * entries it is emptied, as a worker sees the words of thousands of reports.
 */
export function remembered<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
