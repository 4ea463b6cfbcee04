//! Writing a file the clerk chose (a report, a staff list, a printed week): to a temporary
//! file beside it, synced, then renamed over it, so a power cut leaves the old file or the new
//! one, never half of one.

use crate::model::error::{Error, Result};
use std::io::Write;
use std::path::Path;

pub(crate) fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |source: std::io::Error| Error::Io { context: "menyimpan berkas", path: path.to_path_buf(), source };
    let tmp = path.with_extension(format!("{}.sementara", path.extension().and_then(|e| e.to_str()).unwrap_or("tmp")));
    let mut f = std::fs::File::create(&tmp).map_err(io)?;
    f.write_all(bytes).map_err(io)?;
    f.sync_all().map_err(io)?;
    drop(f);
    // On Windows the rename fails while another program (Excel) holds the old file open; the
    // old file then stays as it was and the temporary one must not be left beside it.
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(e)
    })
}
