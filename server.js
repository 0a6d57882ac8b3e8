// The production server: adapter-node's handler behind gzip/brotli compression (`node server.js`
// after `npm run build`; `npm run demo` starts it too). adapter-node compresses only the prebuilt
// /_app files; pages, /api JSON and the feeds would otherwise leave uncompressed. A reverse proxy
// that compresses may stand in front instead: it then sees Content-Encoding set and leaves it.
import http from 'node:http';
import zlib from 'node:zlib';
import compression from 'compression';
import { handler } from './build/handler.js';

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT || 30) * 1000;

// Flushing after every write keeps streamed responses streaming; compression's own filter skips
// images and other types that do not shrink, bodies under 1 KB and responses already encoded.
const compress = compression({
	threshold: 1024,
	flush: zlib.constants.Z_SYNC_FLUSH,
	brotli: { flush: zlib.constants.BROTLI_OPERATION_FLUSH }
});

const server = http.createServer((req, res) => {
	compress(req, res, (error) => {
		if (error) {
			console.error('[server] compression failed', error);
			res.statusCode = 500;
			res.end();
			return;
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
});

// adapter-node's KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT (seconds), which its own server reads. Node closes
// an idle connection after 5 s: a client or proxy that keeps it longer may send a request on a socket the
// server is just closing, and gets ECONNRESET; set KEEP_ALIVE_TIMEOUT above its idle time.
for (const [variable, property] of /** @type {const} */ ([
	['KEEP_ALIVE_TIMEOUT', 'keepAliveTimeout'],
	['HEADERS_TIMEOUT', 'headersTimeout']
])) {
	const seconds = process.env[variable];
	if (seconds === undefined || seconds === '') continue;
	if (!/^\d+$/.test(seconds)) throw new Error(`${variable} must be a whole number of seconds, not "${seconds}"`);
	server[property] = Number(seconds) * 1000;
}

server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

// As adapter-node's own server does: finish open requests, then tell the app (src/hooks.server.ts
// stops the embedded Meilisearch on this event).
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => {
		server.closeIdleConnections();
		server.close(() => process.emit(/** @type {any} */ ('sveltekit:shutdown'), signal));
		setTimeout(() => server.closeAllConnections(), SHUTDOWN_TIMEOUT_MS).unref();
	});
}
