import WebSocket from 'ws';

/**
 * A full garbage collection in the service's process, asked through its inspector (started with
 * `--inspect=127.0.0.1:port`), so a memory reading that follows counts live objects, not garbage
 * V8 has not collected yet. The bench alone starts the service so; `npm start` never does.
 */
export async function collectGarbage(inspectorPort: number): Promise<void> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  try {
    await new Promise<void>((resolve, reject) => {
      socket.on('message', (message) => {
        const answer = JSON.parse(String(message)) as { id?: number; error?: { message: string } };
        if (answer.id !== 1) return;
        if (answer.error) reject(new Error(`HeapProfiler.collectGarbage: ${answer.error.message}`));
        else resolve();
      });
      socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
    });
  } finally {
    socket.close();
  }
}
