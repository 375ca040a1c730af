import { Server } from 'node:http';

/** Serves `root` over HTTP, or HTTPS when `tls` is given; `/` is index.html. */
export function createStaticServer(root: string, tls?: { cert: Buffer | string; key: Buffer | string }): Server;
