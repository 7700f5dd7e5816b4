// Bundles every src/<name>.js into <outdir>/<name>.js and the CSS it imports into <outdir>/<name>.css.
// Maven runs it in generate-resources with --outdir=target/classes/static/app, so the server serves /app/<name>.js.
// Fonts and images the libraries' CSS refers to land in <outdir>/assets/.
//
//   node build.mjs [--install] [--outdir=DIR] [--watch] [--dev] [--quiet]
//
// --install first runs `npm install` when node_modules is missing or older than package.json/package-lock.json
// (npm itself takes seconds even when nothing changed, and Maven runs this on every build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const flag = (name) => args.includes(`--${name}`);

if (flag('install')) {
	const installed = path.join(here, 'node_modules', '.package-lock.json');
	const changed = (f) => statSync(path.join(here, f)).mtimeMs > statSync(installed).mtimeMs;
	if (!existsSync(installed) || changed('package.json') || changed('package-lock.json')) {
		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		const run = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
		if (run.status !== 0) {
			process.exit(run.status ?? 1);
		}
	}
}
const esbuild = await import('esbuild');

const outdir = path.resolve(here, option('outdir') || '../../../target/classes/static/app');
const dev = flag('dev') || flag('watch');

const srcDir = path.join(here, 'src');
const entryPoints = readdirSync(srcDir)
	.filter((f) => f.endsWith('.js'))
	.sort()
	.map((f) => path.join(srcDir, f));

// `import lint from './x.bpmnlintrc'` compiles a bpmnlint configuration (with the rules it names, e.g. from
// the local package bpmnlint-plugin-gxp) into a { config, resolver } bundle for bpmn-js-bpmnlint.
const bpmnlintrc = {
	name: 'bpmnlintrc',
	setup(build) {
		const require = createRequire(path.join(here, 'package.json'));
		build.onLoad({ filter: /\.bpmnlintrc$/ }, async (args) => {
			const { readFile } = await import('node:fs/promises');
			const compileConfig = require('bpmnlint/lib/support/compile-config');
			const config = JSON.parse(await readFile(args.path, 'utf8'));
			return { contents: await compileConfig(config), loader: 'js', resolveDir: here, watchFiles: [args.path] };
		});
	},
};

const options = {
	entryPoints,
	outdir,
	bundle: true,
	format: 'iife',
	target: ['es2020'],
	minify: !dev,
	sourcemap: dev ? 'linked' : false,
	legalComments: 'linked',
	logLevel: flag('quiet') ? 'warning' : 'info',
	assetNames: 'assets/[name]-[hash]',
	loader: {
		'.woff': 'file',
		'.woff2': 'file',
		'.ttf': 'file',
		'.eot': 'file',
		'.svg': 'file',
		'.png': 'file',
		'.bpmn': 'text',
		'.dmn': 'text',
		'.form': 'json',
	},
	define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
	plugins: [bpmnlintrc],
};

if (flag('watch')) {
	const ctx = await esbuild.context(options);
	await ctx.watch();
	console.log(`watching ${srcDir} -> ${outdir}`);
}
else {
	await esbuild.build(options);
}
