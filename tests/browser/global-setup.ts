/** Builds the extension once before the browser tests (they drive the real build). */
import { execSync } from 'node:child_process';

export default function setup() {
  if (process.env.DISPATCH_LENS_SKIP_BUILD === '1') return;
  execSync('npx wxt build', { stdio: 'inherit' });
}
