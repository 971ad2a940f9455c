import { startStaticServer } from './static-server';

// Usage: tsx lib/cli/serve.ts --port 4873 /=tests/e2e/pages /demo/=assets/demo
const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;
const mounts = Object.fromEntries(
  args.filter((arg) => arg.includes('=')).map((arg) => arg.split('=', 2) as [string, string]),
);
const server = await startStaticServer(mounts, port);
console.log(`serving on http://127.0.0.1:${server.port}/`);
