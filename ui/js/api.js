// The one door to the core: every call goes through Tauri's invoke to a command that hands it
// to giliran-core. Errors arrive as {code, message, fields} and are passed on as ApiError.

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
