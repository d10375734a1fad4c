// A booking chat from Node with the npm `ws` package, the way a web client connects through the gateway:
// the access token travels as the subprotocol pair "bearer, <token>" (a browser cannot set headers).
//
//   node ws-chat.mjs <ws-url> <access-token> <text>
//   e.g. node ws-chat.mjs ws://127.0.0.1:8080/ws/bookings/<booking id> "$TOKEN" "Bonjour, je suis en route"
//
// Sends <text> once the socket is open, prints every frame received as one JSON line, and exits 0 once it has seen its
// own message come back (client_id) and one message from the other party; 2 after 20 s without that; 3 if the server
// closed the socket (code and reason printed); 4 on a refused handshake (HTTP status printed).
import WebSocket from 'ws';

const [url, token, text] = process.argv.slice(2);
if (!url || !token || !text) {
  console.error('usage: node ws-chat.mjs <ws-url> <access-token> <text>');
  process.exit(64);
}

const clientId = `node-${process.pid}`;
let sawOwn = false;
let sawOther = false;
const print = (event) => console.log(JSON.stringify(event));

const socket = new WebSocket(url, ['bearer', token]);
const timer = setTimeout(() => {
  print({ event: 'timeout', saw_own: sawOwn, saw_other: sawOther });
  process.exit(2);
}, 20_000);

socket.on('unexpected-response', (_request, response) => {
  print({ event: 'refused', status: response.statusCode });
  process.exit(4);
});

socket.on('open', () => {
  print({ event: 'open', protocol: socket.protocol });
  socket.send(JSON.stringify({ type: 'message', content: text, client_id: clientId }));
});

socket.on('message', (data) => {
  const frame = JSON.parse(data.toString());
  print({ event: 'frame', frame });
  if (frame.type !== 'message') {
    return;
  }
  if (frame.client_id === clientId) {
    sawOwn = true;
  } else {
    sawOther = true;
  }
  if (sawOwn && sawOther) {
    clearTimeout(timer);
    socket.close(1000, 'bye');
  }
});

socket.on('close', (code, reason) => {
  print({ event: 'closed', code, reason: reason.toString() });
  process.exit(sawOwn && sawOther ? 0 : 3);
});

socket.on('error', (error) => {
  print({ event: 'error', message: error.message });
});
