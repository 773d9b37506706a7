import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends every run with the plain line CI reads: "N passed, N failed[, N skipped]", after one
 * "✗ file > test: reason" line per failure (.ci/run repeats them at its end, where they are seen).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const failures: string[] = unhandledErrors.map((error) => `✗ unhandled error: ${firstLine(error)}`);
    for (const module of testModules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) {
        failed += 1;
        failures.push(`✗ ${module.relativeModuleId}: ${firstLine(module.errors()[0])}`);
      }
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed += 1;
        else if (result.state === 'failed') {
          failed += 1;
          failures.push(`✗ ${module.relativeModuleId} > ${test.fullName}: ${firstLine(result.errors?.[0])}`);
        } else skipped += 1;
      }
    }
    if (failures.length > 0) process.stdout.write(`\n${failures.join('\n')}\n`);
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}

function firstLine(error: unknown): string {
  const message = error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}
