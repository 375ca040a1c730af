/**
 * The manifest for a real web server, made from the development manifest.xml as Microsoft's add-in templates
 * do it: every URL on the development server moves to the host the add-in is served from (ADDIN_URL), the
 * support page may point elsewhere (SUPPORT_URL), and the version is package.json's. Everything else, the
 * Danish overrides included, stays as the development manifest has it, so the two cannot drift apart.
 */
const DEVELOPMENT_URL = 'https://localhost:3000/';
const SUPPORT_PAGE = 'support.html';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** ADDIN_URL as the folder the add-in's files are served from, always ending in `/`; throws a message saying what is wrong. */
function addinBase(text) {
  const url = httpsUrl('ADDIN_URL', text);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must be a folder, without ?query or #fragment: ${text}`);
  if (LOCAL_HOSTS.has(url.hostname)) throw new Error(`ADDIN_URL must name the server users load the add-in from, not ${url.hostname}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function httpsUrl(variable, text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${variable} is not a URL: '${text}'. Give the full address, such as https://addins.example.org/sib/`);
  }
  if (url.protocol !== 'https:') throw new Error(`${variable} must be an https:// address (Office loads add-ins over HTTPS only): ${text}`);
  return url;
}

/** package.json's version as Office's manifest takes it: up to four numbers, so 1.2.3 becomes 1.2.3.0. */
function officeVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match || match.slice(1).some((part) => Number(part) > 65535))
    throw new Error(
      `package.json's version '${version}' cannot be an Office add-in version: use three numbers (each up to 65535), such as 1.2.0`,
    );
  return `${match.slice(1).map(Number).join('.')}.0`;
}

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The production manifest's text. `template` is the development manifest; `addinUrl` the folder dist/ is
 * served from; `supportUrl` optional (default: the support page served with the add-in).
 */
function productionManifest(template, { addinUrl, supportUrl, version }) {
  const base = addinBase(addinUrl);
  const support = supportUrl ? httpsUrl('SUPPORT_URL', supportUrl).href : `${base}${SUPPORT_PAGE}`;
  if (!template.includes(`<SupportUrl DefaultValue="${DEVELOPMENT_URL}${SUPPORT_PAGE}" />`))
    throw new Error(`manifest.xml has no <SupportUrl DefaultValue="${DEVELOPMENT_URL}${SUPPORT_PAGE}" />`);
  const manifest = template
    .replace(`<SupportUrl DefaultValue="${DEVELOPMENT_URL}${SUPPORT_PAGE}" />`, `<SupportUrl DefaultValue="${escapeAttribute(support)}" />`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${officeVersion(version)}</Version>`)
    .split(DEVELOPMENT_URL)
    .join(escapeAttribute(base));
  const left = /https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/.exec(manifest);
  if (left) throw new Error(`manifest.xml names ${left[0]}, which is not on the development server ${DEVELOPMENT_URL}`);
  return manifest;
}

module.exports = { DEVELOPMENT_URL, SUPPORT_PAGE, addinBase, officeVersion, productionManifest };
