/**
 * Representative vectors from the OWASP XSS Filter Evasion Cheat Sheet and PortSwigger's XSS
 * cheat sheet, one per technique. Each, if it ever ran, would set `window.__xss` or open a
 * dialog; the tests assert neither happens and that the text shows as typed.
 */
export const XSS_PAYLOADS = [
  { technique: 'script element', text: '<script>window.__xss=1</script>' },
  { technique: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { technique: 'svg onload', text: '<svg/onload=window.__xss=1>' },
  { technique: 'double-quote attribute breakout', text: '"><img src=x onerror=window.__xss=1>' },
  { technique: 'single-quote attribute breakout', text: "'><svg onload=alert(1)>" },
  { technique: 'javascript: URL', text: 'javascript:window.__xss=1//' },
  { technique: 'iframe srcdoc', text: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>' },
  { technique: 'style url()/expression()', text: '<div style="background:url(javascript:window.__xss=1);width:expression(window.__xss=1)">s</div>' },
  { technique: 'data: URL', text: '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">d</a>' },
  { technique: 'unicode-escaped script', text: '\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e' },
  { technique: 'full-width angle brackets', text: '＜script＞window.__xss=1＜/script＞' },
  { technique: '</title> breakout', text: '</title><script>window.__xss=1</script>' },
  { technique: '</script> breakout', text: '</script><script>window.__xss=1</script>' },
  { technique: 'details ontoggle', text: '<details open ontoggle=window.__xss=1>' },
  { technique: 'mutation XSS (math/style)', text: '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>' },
  { technique: 'entity-encoded javascript: href', text: '<a href="&#106;avascript:window.__xss=1">e</a>' },
  { technique: 'template injection', text: "{{constructor.constructor('window.__xss=1')()}}" },
] as const;

/** Link targets the rich-text allow-list must refuse (stored JSON, rendered as links). */
export const HOSTILE_HREFS = [
  'javascript:window.__xss=1',
  ' JaVaScRiPt:window.__xss=1',
  'java\tscript:window.__xss=1',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example.org/x',
];
