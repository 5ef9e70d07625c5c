import net from 'node:net';
import { ConfigError } from '../env';

/** Fails with one line when `port` cannot be listened on, before anything slow happens. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new ConfigError(
            `端口 ${port} 已被占用 / Port ${port} is already in use (another npm start?). ` +
              `Stop the process using it (ss -ltnp 'sport = :${port}' shows it) or choose another port: PORT=${port + 1} npm start`,
          ),
        );
      } else if (err.code === 'EACCES') {
        reject(new ConfigError(`Port ${port} needs special privileges. Choose a port above 1023, e.g. PORT=3000 npm start`));
      } else {
        reject(new ConfigError(`Cannot listen on port ${port}: ${err.message}`));
      }
    });
    // No host: the same wildcard address the server (serve.ts) binds, so its conflicts are ours.
    server.listen(port, () => server.close(() => resolve()));
  });
}
