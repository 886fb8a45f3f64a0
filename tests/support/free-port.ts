import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Ports for the tests' servers are taken below the OS's ephemeral range: a port the OS hands out
 * for `listen(0)` comes from the same range as every outgoing connection's local port, so in a
 * busy suite another process's connection could take it between the check and the server's own
 * listen (seen with `npm start` on other ports, whose build runs in between).
 */
function ephemeralStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return low && low > 12_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

const LOWEST = 10_000;
const HIGHEST = ephemeralStart() - 1;
/** Never the same port twice in one process: two servers of one test must not get the same one. */
const handedOut = new Set<number>();

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A loopback port that is free right now, below the ephemeral range, not handed out before by this process. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOWEST + Math.floor(Math.random() * (HIGHEST - LOWEST));
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`Hittade ingen ledig port mellan ${LOWEST} och ${HIGHEST}.`);
}
