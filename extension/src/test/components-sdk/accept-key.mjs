// Hands Xendit's Components SDK (npm xendit-components-web) a componentsSdkKey, in a browser-like page (jsdom),
// and prints "accepted <session auth key>" if its constructor takes the key, or "refused <message>" if it throws.
// Usage: node accept-key.mjs <components_sdk_key>
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  url: 'https://shop.example/checkout', pretendToBeVisual: true,
});
// the SDK expects a browser: give it the page's globals that Node lacks (window, document, customElements, ...)
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (!(name in globalThis) || name === 'window' || name === 'document') {
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
  }
}
// the SDK loads the session from Xendit's servers after construction; offline, that fails later and is not the check
globalThis.fetch = () => new Promise(() => {});

const { XenditComponents } = await import('xendit-components-web');
try {
  const sdk = new XenditComponents({ componentsSdkKey: process.argv[2] });
  sdk.addEventListener('fatal-error', () => {});
  console.log('accepted ' + process.argv[2].split('-').slice(0, 2).join('-'));
  process.exit(0);
} catch (e) {
  console.log('refused ' + e.message);
  process.exit(1);
}
