//! Files in and out: spreadsheets and attendance-machine exports read ([`sheet`], [`staff_io`],
//! [`attendance`]), and the report, the staff list and the weekly schedule written as .xlsx,
//! .pdf and .csv ([`report`], [`print`], [`pdf`]), always whole ([`file`]).

pub mod attendance;
pub mod discipline;
pub mod ekinerja;
pub mod evaluation;
pub(crate) mod file;
pub mod fwa_form;
pub mod holiday_list;
pub mod pdf;
pub mod print;
pub mod report;
pub(crate) mod sheet;
pub mod staff_io;
mod staff_unor;
pub(crate) mod xlsx_rows;

/// A text file as the clerk's editor saved it (UTF-8 with or without a byte-order mark,
/// UTF-16, or Notepad's Windows-1252), as text: a circular's JSON, a planning file.
pub fn read_text(path: &std::path::Path) -> crate::Result<String> {
    let bytes = std::fs::read(path).map_err(|source| crate::Error::Io { context: "membaca berkas", path: path.to_path_buf(), source })?;
    Ok(sheet::decode_text(&bytes))
}
