//! Errors of the domain, worded for a clerk.
//!
//! Every variant's `Display` is a complete Indonesian sentence that names the field, row or
//! record at fault; the technical cause (an SQLite or I/O error) is kept as the `source` for
//! logs but never shown as the message. Serialised for the UI as `{code, message, fields}`.

use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One problem with one field of a form or one column of a command.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    /// The field's key as the UI and the CLI name it (`nip`, `name`, `unit`...).
    pub field: &'static str,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        FieldError { field, message: message.into() }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule; every field at fault is listed so a form can mark them all.
    #[error("{}", join_fields(.0))]
    Invalid(Vec<FieldError>),

    #[error("{0} tidak ditemukan.")]
    NotFound(String),

    /// The action is understood but the data forbids it (e.g. deleting a unit that has staff).
    #[error("{0}")]
    Conflict(String),

    #[error(
        "Basis data {path} dibuat oleh versi Giliran yang lebih baru (skema {found}, versi ini \
         mengenal sampai skema {supported}). Perbarui aplikasi Giliran; berkas tidak diubah."
    )]
    NewerDatabase { path: PathBuf, found: i64, supported: i64 },

    #[error("Berkas {path} bukan basis data Giliran atau rusak; berkas tidak diubah. ({reason})")]
    NotGiliranDatabase { path: PathBuf, reason: String },

    /// The database could not be opened at start; the window says why instead of closing,
    /// with the code of the reason (`db_newer`, `db_foreign`, `db`, `io`).
    #[error("{message}")]
    Unavailable { code: &'static str, message: String },

    #[error("Gagal {context}: terjadi kesalahan pada basis data. Tidak ada data yang berubah.")]
    Database {
        context: &'static str,
        #[source]
        source: rusqlite::Error,
    },

    #[error("Gagal {context} ({path}): {}", io_reason(.source))]
    Io {
        context: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Why a file could not be read or written, in the clerk's words, with the system's own
/// message after it for whoever supports the office. On Windows a file open in Excel cannot
/// be replaced (the sharing violation, os error 32 or 33): the clerk must close it first.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let why = match (e.raw_os_error(), e.kind()) {
        (Some(32 | 33), _) if cfg!(windows) => "berkas sedang dibuka program lain (mis. Excel); tutup dulu lalu coba lagi",
        (_, ErrorKind::NotFound) => "berkas atau folder tidak ada",
        (_, ErrorKind::PermissionDenied) => "tidak ada izin menulis/membaca di sana (atau berkas sedang dibuka program lain)",
        (_, ErrorKind::StorageFull) => "ruang disk penuh",
        (_, ErrorKind::ReadOnlyFilesystem) => "penyimpanan hanya dapat dibaca",
        (_, ErrorKind::AlreadyExists) => "berkas sudah ada",
        (_, ErrorKind::InvalidFilename) => "nama berkas tidak dapat dipakai (terlalu panjang atau berisi tanda yang ditolak sistem)",
        _ => return e.to_string(),
    };
    format!("{why} [{e}]")
}

fn join_fields(fields: &[FieldError]) -> String {
    fields.iter().map(|f| f.message.as_str()).collect::<Vec<_>>().join(" ")
}

impl Error {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    /// The database cannot do this (e.g. a temporary one has no folder for backups or keys).
    pub fn unavailable(message: impl Into<String>) -> Self {
        Error::Unavailable { code: "db_unavailable", message: message.into() }
    }

    /// A short stable code the UI can branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid",
            Error::NotFound(_) => "not_found",
            Error::Conflict(_) => "conflict",
            Error::NewerDatabase { .. } => "db_newer",
            Error::NotGiliranDatabase { .. } => "db_foreign",
            Error::Unavailable { code, .. } => code,
            Error::Database { .. } => "db",
            Error::Io { .. } => "io",
        }
    }

    /// The message plus the technical cause, for logs and the CLI's stderr.
    pub fn detail(&self) -> String {
        match self {
            Error::Database { source, .. } => format!("{self} [{source}]"),
            _ => self.to_string(),
        }
    }
}

/// Adds the Indonesian description of what was being done to an SQLite error.
pub(crate) trait DbContext<T> {
    fn ctx(self, context: &'static str) -> Result<T>;
}

impl<T> DbContext<T> for std::result::Result<T, rusqlite::Error> {
    fn ctx(self, context: &'static str) -> Result<T> {
        self.map_err(|source| Error::Database { context, source })
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Error", 3)?;
        st.serialize_field("code", self.code())?;
        st.serialize_field("message", &self.to_string())?;
        let fields: &[FieldError] = match self {
            Error::Invalid(f) => f,
            _ => &[],
        };
        st.serialize_field("fields", fields)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_code_message_and_fields_for_the_ui() {
        let e = Error::invalid("nip", "NIP harus 18 digit (tertulis 17).");
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["code"], "invalid");
        assert_eq!(v["message"], "NIP harus 18 digit (tertulis 17).");
        assert_eq!(v["fields"][0]["field"], "nip");
    }
}
