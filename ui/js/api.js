// The one door to Tauri: every call to the core goes through invoke to a command that hands it
// to giliran-core, and the dialogs, printing and events the screens use are reached here too.
// Errors arrive as {code, message, fields} and are passed on as ApiError.

const tauri = window.__TAURI__;

export class ApiError extends Error {
  constructor({ code = 'unknown', message = 'Terjadi kesalahan.', fields = [] } = {}) {
    super(message);
    this.code = code;
    this.fields = fields;
  }
}

export async function call(command, args = {}) {
  if (!tauri || !tauri.core) {
    throw new ApiError({ code: 'no_backend', message: 'Aplikasi harus dibuka melalui Giliran, bukan peramban.' });
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (e) {
    if (e && typeof e === 'object' && 'message' in e) throw new ApiError(e);
    throw new ApiError({ message: String(e) });
  }
}

/** A channel for a command's progress reports; `onReport` gets each message. */
export function progressChannel(onReport) {
  const channel = new tauri.core.Channel();
  channel.onmessage = onReport;
  return channel;
}

/** The path a debug build under test is given instead of the save dialog (GILIRAN_TEST_SAVE_DIR);
 * `null` in a release build, where the command does not exist. */
export async function testSavePath(name) {
  try {
    return await call('test_save_path', { name });
  } catch {
    return null;
  }
}

/** The files a debug build under test is given instead of the open dialog; `null` otherwise. */
export async function testOpenPaths() {
  try {
    return await call('test_open_path');
  } catch {
    return null;
  }
}

/** The save dialog of tauri-plugin-dialog; the chosen path, or `null` when cancelled. */
export function saveDialog(options) {
  return tauri.dialog.save(options);
}

/** The open dialog of tauri-plugin-dialog; the chosen path(s), or `null` when cancelled. */
export function openDialog(options) {
  return tauri.dialog.open(options);
}

/** The webview's own print, which opens the system's print dialog. */
export function printPage() {
  return tauri.core.invoke('plugin:webview|print');
}

/** Listens to an event the shell sends (e.g. a second launch bringing this window forward). */
export function listen(event, handler) {
  return tauri.event.listen(event, handler);
}
