const { Compilation, sources, WebpackError } = require('webpack');

const NAME = 'LocalizedMetadataPlugin';

/**
 * Completes the custom functions metadata that custom-functions-metadata-plugin generates, and emits a localized copy:
 * - `settings` are top-level properties that its JSDoc tags cannot express (allowErrorForDataTypeAny), set in both files;
 * - the copy has the same functions, ids and types, with names, descriptions and parameter help from one translation
 *   table. Office loads it instead of the English file for the manifest's locale override. A function or parameter
 *   missing from the table, or an entry for one that no longer exists, fails the build.
 */
class LocalizedMetadataPlugin {
  constructor({ source, output, translations, settings = {} }) {
    this.source = source;
    this.output = output;
    this.translations = translations;
    this.settings = settings;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${NAME}: ${this.source} was not generated, so ${this.output} cannot be`));
          return;
        }
        const completed = { ...JSON.parse(asset.source.source().toString()), ...this.settings };
        compilation.updateAsset(this.source, new sources.RawSource(JSON.stringify(completed, null, 2)));
        const { metadata, problems } = localize(completed, this.translations);
        for (const problem of problems) compilation.errors.push(new WebpackError(`${NAME}: ${problem}`));
        compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
      });
    });
  }
}

function localize(metadata, translations) {
  const problems = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(translations)) if (!ids.has(id)) problems.push(`translation for unknown function ${id}`);
  const functions = metadata.functions.map((fn) => {
    const entry = translations[fn.id];
    if (!entry) {
      problems.push(`no translation for function ${fn.id}`);
      return fn;
    }
    const names = new Set(fn.parameters.map((parameter) => parameter.name));
    for (const name of Object.keys(entry.parameters))
      if (!names.has(name)) problems.push(`translation for unknown parameter ${fn.id}(${name})`);
    const parameters = fn.parameters.map((parameter) => {
      const text = entry.parameters[parameter.name];
      if (!text) problems.push(`no translation for parameter ${fn.id}(${parameter.name})`);
      return text ? { ...parameter, name: text.name, description: text.description } : parameter;
    });
    return { ...fn, name: entry.name, description: entry.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}

module.exports = { LocalizedMetadataPlugin };
