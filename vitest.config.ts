import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (parallel), and the network fault lab, whose scenarios build
// their own namespaces and measure timing, so they run one file at a time on a 2-core machine.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/lab/**', 'node_modules/**', 'dist/**'],
          setupFiles: ['test/setup.ts'],
          // Speed is measured by the benchmarks, not by test timeouts: on a 2-core CI machine that
          // runs the lab beside them, property tests and Chromium pages take several times their
          // quiet duration, and vitest's 5 s default failed them for load, not for a fault.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'lab',
          include: ['test/lab/**/*.test.ts'],
          setupFiles: ['test/setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
