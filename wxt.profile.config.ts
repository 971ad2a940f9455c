// Profiling build: the production config with names kept (no minification), in its own folder.
import { defineConfig, type UserConfig } from 'wxt';
import base from './wxt.config';

const config = base as UserConfig;
export default defineConfig({
  ...config,
  outDir: process.env.VANBAN_OUT_DIR ?? '.cache/profile-build',
  vite: (env) => {
    const vite = typeof config.vite === 'function' ? config.vite(env) : {};
    return { ...vite, build: { ...(vite as { build?: object }).build, minify: false } };
  },
});
