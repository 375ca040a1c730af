const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { devServerHttps } = require('./build/devServerHttps');
const { LocalizedMetadataPlugin } = require('./build/localizedMetadataPlugin');
const { ProductionManifestPlugin } = require('./build/productionManifestPlugin');
const outputs = require('./build/outputs.json');
const danish = require('./functions/translations.da-DK.json');
const { version } = require('./package.json');

/**
 * One page for the shared runtime: taskpane.html loads office.js, then the functions bundle, then the task pane
 * bundle. The manifest points the runtime, the custom functions page and the task pane at that page.
 * The two bundles stay separate so functions.js, which Excel needs right after start, carries no React.
 *
 * index.html is the same task pane outside Office, in any browser: no office.js, no functions, only the pane.
 * Each host's code (the Office adapter; the .xlsx adapter and the demo) is a chunk loaded where it runs.
 *
 * office/ holds the part of @microsoft/office-js that Excel needs, for taskpane.html to fall back on when
 * Microsoft's CDN cannot be reached (office-fallback.js).
 */
const STANDALONE_PAGE = 'index.html';
const OFFICE_JS_FILES =
  '{office.js,excel-win32-16.01*.js,excel-web-16.00*.js,excel-mac-16.00*.js,custom-functions-runtime.js,telemetry/oteljs_agave.js,*/office_strings.js}';

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  return {
    entry: {
      [path.parse(outputs.functionsScript).name]: './functions/functions.ts',
      [path.parse(outputs.taskpaneScript).name]: './taskpane/index.tsx',
      // The engine's Web Worker (taskpane/engine): a script of its own, loaded by the pane, never by a page.
      [path.parse(outputs.engineWorkerScript).name]: './taskpane/engine/engine.worker.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules let webpack drop what a bundle does not use; `npm run typecheck` does the type checking.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: './functions/functions.ts', output: outputs.functionsMetadata }),
      new LocalizedMetadataPlugin({
        source: outputs.functionsMetadata,
        output: outputs.functionsMetadataDanish,
        translations: danish,
        // Excel then calls the functions with error values in their arguments, so one #N/A in a status range is an
        // error in that cell's result only, not in the whole spill (functions/functions.ts).
        settings: { allowErrorForDataTypeAny: true },
      }),
      new HtmlWebpackPlugin({
        filename: outputs.page,
        template: './taskpane/taskpane.html',
        chunks: [path.parse(outputs.functionsScript).name, path.parse(outputs.taskpaneScript).name],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: STANDALONE_PAGE,
        template: './taskpane/standalone.html',
        chunks: [path.parse(outputs.taskpaneScript).name],
      }),
      new ProductionManifestPlugin({
        template: path.resolve(__dirname, 'manifest.xml'),
        addinUrl: process.env.ADDIN_URL,
        supportUrl: process.env.SUPPORT_URL,
        version,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'taskpane/support.html', to: 'support.html' },
          // Copied as they are: Microsoft's files byte for byte, and no minifier pass over 8 MB of them.
          { from: 'taskpane/officeFallback.js', to: 'office-fallback.js', info: { minimized: true } },
          {
            context: path.dirname(require.resolve('@microsoft/office-js/dist/office.js')),
            from: OFFICE_JS_FILES,
            to: 'office',
            globOptions: { ignore: ['**/*.debug.js'] },
            info: { minimized: true },
          },
        ],
      }),
    ],
    devtool: production ? false : 'source-map',
    performance: { hints: false },
    devServer: process.env.WEBPACK_SERVE
      ? { port: 3000, server: devServerHttps(), headers: { 'Access-Control-Allow-Origin': '*' }, static: false }
      : undefined,
  };
};
