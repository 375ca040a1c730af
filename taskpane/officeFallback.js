// Runs right after the <script> for office.js from Microsoft's CDN. When that could not load (no network),
// the copy of @microsoft/office-js that the add-in serves under office/ is loaded in its place, before the
// deferred bundles run. document.write keeps it a parser-blocking script, so the order holds.
if (typeof Office === 'undefined') document.write('<script src="office/office.js"></script>');
