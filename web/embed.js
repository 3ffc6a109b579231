/*! doorplan embed: turns <div data-doorplan-src="design.doorplan.json"></div> (or a div holding
 * the design inline in <script type="application/json">) into doorplan's read-only viewer.
 * The design is compressed into the viewer's URL fragment, exactly as a share link (and, like
 * the Share dialog's default, without pre-shared keys), and never sent anywhere. Load it from
 * the doorplan site: <script src="…/embed.js" defer></script>.
 * Attributes: data-doorplan-src (URL of a design), data-doorplan-height (CSS height, default
 * 520px), data-doorplan-app (an http(s) address of the viewer page; default: viewer.html beside
 * this script). */
(function () {
  'use strict';
  var here = document.currentScript && document.currentScript.src;
  var appDefault = here ? new URL('viewer.html', here).href : 'viewer.html';

  // The viewer page: only an http(s) address (a javascript: or data: URL would run in the page's
  // frame instead of showing a design).
  function viewerAddress(host) {
    var given = host.getAttribute('data-doorplan-app');
    if (!given) return appDefault;
    var url;
    try { url = new URL(given, document.baseURI); } catch (error) { return null; }
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.split('#')[0] : null;
  }

  // A copy of the design without pre-shared keys (door_vpns[].tunnels[].psk).
  function withoutKeys(design) {
    (Array.isArray(design.door_vpns) ? design.door_vpns : []).forEach(function (vpn) {
      (vpn && Array.isArray(vpn.tunnels) ? vpn.tunnels : []).forEach(function (tunnel) {
        if (tunnel && typeof tunnel === 'object') delete tunnel.psk;
      });
    });
    return design;
  }

  function base64url(bytes) {
    var binary = '';
    for (var i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // Raw DEFLATE, the format the viewer's share-link decoder reads.
  async function deflate(text) {
    var stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  function fail(host, message) {
    host.textContent = 'doorplan: ' + message;
    host.setAttribute('role', 'alert');
  }

  async function mount(host) {
    if (host.getAttribute('data-doorplan-mounted')) return;
    host.setAttribute('data-doorplan-mounted', '1');
    var text;
    var app = viewerAddress(host);
    if (!app) {
      fail(host, 'data-doorplan-app must be an http(s) address of viewer.html');
      return;
    }
    var src = host.getAttribute('data-doorplan-src');
    try {
      if (src) {
        var response = await fetch(src);
        if (!response.ok) throw new Error(src + ': HTTP ' + response.status);
        text = await response.text();
      } else {
        var inline = host.querySelector('script[type="application/json"]');
        if (!inline) throw new Error('no data-doorplan-src and no inline design');
        text = inline.textContent;
      }
      // A clear message here beats an empty viewer; the keys stay on this page.
      text = JSON.stringify(withoutKeys(JSON.parse(text)));
    } catch (error) {
      fail(host, 'cannot load the design: ' + error.message);
      return;
    }
    var data = base64url(await deflate(text));
    var frame = document.createElement('iframe');
    frame.src = app + '#d=' + data;
    frame.title = host.getAttribute('title') || 'doorplan design';
    frame.loading = 'lazy';
    frame.style.cssText = 'width:100%;border:0;display:block;height:' + (host.getAttribute('data-doorplan-height') || '520px');
    host.textContent = '';
    host.appendChild(frame);
  }

  function mountAll() {
    document.querySelectorAll('[data-doorplan-src], [data-doorplan]').forEach(function (host) {
      mount(host);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
  window.doorplanEmbed = { mount: mount, mountAll: mountAll };
})();
