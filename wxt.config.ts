import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    // The preset is typed against the top-level vite; WXT bundles its own copy of the types.
    plugins: [preact()] as PluginOption[] as never[],
    // esbuild escapes non-ASCII by default, which doubles the size of Chinese data.
    esbuild: { charset: 'utf8' },
    build: { target: 'es2022' },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'contextMenus', 'tabs'],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_coll_command_save__' },
    },
    // The highlight content script: an unlisted script, not a WXT content-script entrypoint,
    // to keep its cost on every page under 2 ms (see entrypoints/highlight-boot.ts).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['highlight-boot.js'], run_at: 'document_idle' }],
    web_accessible_resources: [
      { resources: ['gazetteer/*', 'gazetteer/villages/*'], matches: ['http://*/*', 'https://*/*'] },
      // The highlight engine, imported lazily by the content script on pages that may be reports.
      { resources: ['highlight-engine.js'], matches: ['http://*/*', 'https://*/*'] },
    ],
  },
});
