// Preloaded into tools that phone home (Electronegativity fetches translations and Electron's
// release list): every outbound connection fails at once, so CI sends nothing off the machine.
const net = require('node:net');
const tls = require('node:tls');
const refuse = () => {
  throw Object.assign(new Error('network disabled by test/security/no-network.cjs'), { code: 'ENETUNREACH' });
};
net.connect = net.createConnection = refuse;
tls.connect = refuse;
