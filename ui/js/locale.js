// The window speaks Indonesian whatever the computer's locale. WebKitGTK reports the process
// locale as navigator.language, and on a machine without LANG that is "C", which is no BCP 47
// tag: the chart library builds an Intl.NumberFormat from it when it loads, and would throw,
// taking every screen with it. Imported before that library (ES modules evaluate in import
// order), this makes the language the app's own: numbers on the charts read "1,5" as in the
// reports.
Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'id-ID' });
