import tseslint from 'typescript-eslint';
import { dotbogiImports } from './tests/lint/import-rules.ts';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/fixtures/**', 'tests/e2e/artifacts/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The extension makes no network requests, ever (BRIEF: nothing leaves the device).
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Dotbogi makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'Dotbogi makes no network requests.' },
        { name: 'WebSocket', message: 'Dotbogi makes no network requests.' },
      ],
      'no-restricted-properties': ['error', { object: 'navigator', property: 'sendBeacon', message: 'Dotbogi makes no network requests.' }],
      'no-restricted-imports': [
        'error',
        { name: 'zod', importNames: ['z'], message: "Import z from '@/utils/zod': it is configured for the extension's CSP." },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text must never become markup.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text must never become markup.' },
      ],
    },
  },
  {
    // Shipped code never reaches into tests/, and no file depends on itself through others.
    files: ['**/*.{ts,tsx}'],
    plugins: { dotbogi: dotbogiImports },
    rules: { 'dotbogi/shipped-imports-no-tests': 'error', 'dotbogi/no-import-cycle': 'error' },
  },
  {
    files: ['utils/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**', 'modules/**', '*.config.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // The audit CLI (plain Node, never in the extension) reads robots.txt and sitemaps; only this file asks the network.
    files: ['utils/audit/cli/crawl/fetch.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
