// Choosing files: always through tauri-plugin-dialog's open and save dialogs (the app writes only
// where the clerk chose). A debug build under test may be given the paths instead
// (GILIRAN_TEST_SAVE_DIR / GILIRAN_TEST_OPEN_FILE); a release build never is.

import { openDialog, saveDialog, testOpenPaths, testSavePath } from './api.js';
import { h, add, clear } from './dom.js';

/** Where to save a file proposed as `name`; `null` when the clerk cancels. */
export async function savePath(name, filter) {
  return (await testSavePath(name)) || (await saveDialog({ defaultPath: name, filters: [filter] }));
}

/** The file (or files, with `multiple`) the clerk opens; `null` when cancelled. */
export async function openPaths(filter, multiple = false) {
  const given = await testOpenPaths();
  if (given) return multiple ? given : given[0];
  return openDialog({ multiple, directory: false, filters: [filter] });
}

/** Shows "Memeriksa …" in `host` while `load` reads the file; on failure the message and a
 * close button, and `null`. */
export async function checkFile(host, title, path, load) {
  clear(host);
  host.hidden = false;
  host.appendChild(h('p', { class: 'muted' }, `Memeriksa ${path}…`));
  try {
    const result = await load();
    clear(host);
    return result;
  } catch (err) {
    clear(host);
    add(host, h('h2', {}, title), h('p', { class: 'form-error', role: 'alert' }, err.message),
      h('button', { type: 'button', onclick: () => (host.hidden = true) }, 'Tutup'));
    return null;
  }
}
