const fs = require('fs');

/**
 * HTTPS for the dev server on localhost. Office only loads add-ins over HTTPS from a certificate it trusts:
 * use the certificates `office-addin-dev-certs install` created when they exist; otherwise webpack-dev-server
 * makes a self-signed one, which a browser can be told to accept but Office will not trust.
 */
function devServerHttps() {
  const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require('office-addin-dev-certs/lib/defaults');
  if (![caCertificatePath, localhostCertificatePath, localhostKeyPath].every((file) => fs.existsSync(file))) {
    console.warn('No Office dev certificates found (run `npx office-addin-dev-certs install`); serving with a self-signed certificate.');
    return { type: 'https' };
  }
  return {
    type: 'https',
    options: {
      ca: fs.readFileSync(caCertificatePath),
      cert: fs.readFileSync(localhostCertificatePath),
      key: fs.readFileSync(localhostKeyPath),
    },
  };
}

module.exports = { devServerHttps };
