const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const outputs = require('../../build/outputs.json');
const addin = require('../../webpack.config.js');

const ROOT = path.join(__dirname, '../..');

/**
 * The add-in as built for use, with the task pane's script and page swapped for the tests' (inExcel.ts,
 * excelTests.html): the shared runtime then loads office.js, functions.js and the tests, so the tests see the
 * SIB functions registered as users do. Served by `webpack serve` from memory, never written to dist/.
 */
module.exports = (env, argv) => {
  const config = addin(env, argv);
  config.context = ROOT;
  config.entry[path.parse(outputs.taskpaneScript).name] = path.join(__dirname, 'inExcel.ts');
  config.output.path = path.join(ROOT, '.tmp', 'excel-tests');
  config.plugins = config.plugins.map((plugin) =>
    plugin instanceof HtmlWebpackPlugin && plugin.userOptions.filename === outputs.page
      ? new HtmlWebpackPlugin({ ...plugin.userOptions, template: path.join(__dirname, 'excelTests.html') })
      : plugin,
  );
  return config;
};
