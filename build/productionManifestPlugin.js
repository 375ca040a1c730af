const fs = require('fs');
const { Compilation, sources, WebpackError } = require('webpack');
const { productionManifest } = require('./productionManifest');

const NAME = 'ProductionManifestPlugin';
const OUTPUT = 'manifest.xml';

/**
 * Emits dist/manifest.xml for the server named by `addinUrl` (ADDIN_URL), from the development manifest.
 * Without ADDIN_URL it emits none and says so: a manifest pointing at localhost must never be deployed by
 * mistake, and the development manifest.xml in the project root serves `npm start`.
 */
class ProductionManifestPlugin {
  constructor({ template, addinUrl, supportUrl, version }) {
    this.template = template;
    this.options = { addinUrl, supportUrl, version };
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(this.template);
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        if (!this.options.addinUrl) {
          compiler
            .getInfrastructureLogger(NAME)
            .info(
              `ADDIN_URL is not set, so no ${OUTPUT} was written to the build. To deploy, build with ADDIN_URL=https://your.server/path/ npm run build (docs/deploy.md).`,
            );
          return;
        }
        try {
          const manifest = productionManifest(fs.readFileSync(this.template, 'utf8'), this.options);
          compilation.emitAsset(OUTPUT, new sources.RawSource(manifest));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${NAME}: ${error.message}`));
        }
      });
    });
  }
}

module.exports = { ProductionManifestPlugin };
