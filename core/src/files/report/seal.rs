//! The office's signing key and the seal on every report: a SHA-256 of the report's data and an
//! Ed25519 signature by the office's key. The key is made on first use and kept in the data
//! folder beside the database; its fingerprint is what the Sekda registers for the office.

use crate::model::error::{Error, Result};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const KEY_FILE: &str = "giliran-kunci-kantor.key";

/// What travels with a report so that anyone can check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seal {
    /// SHA-256 of the sealed bytes, hex.
    pub sha256: String,
    /// Ed25519 signature of the sealed bytes, hex.
    pub signature: String,
    /// The office's public key, hex.
    pub public_key: String,
}

impl Seal {
    pub fn fingerprint(&self) -> String {
        fingerprint_of(&self.public_key)
    }
}

/// `3F2A 91C0 7B44 E1D9`: the first 8 bytes of the SHA-256 of the public key, grouped, short
/// enough to read over the phone and register.
pub fn fingerprint_of(public_key_hex: &str) -> String {
    let digest = Sha256::digest(public_key_hex.as_bytes());
    let hex = hex::encode_upper(&digest[..8]);
    hex.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The office's key pair.
pub struct OfficeKey {
    key: SigningKey,
}

impl OfficeKey {
    /// The key of the office whose data folder is `dir`, made now if there is none yet.
    pub fn load_or_create(dir: &Path) -> Result<OfficeKey> {
        let path = dir.join(KEY_FILE);
        let io = |source: std::io::Error| Error::Io { context: "membaca kunci tanda tangan kantor", path: path.clone(), source };
        if path.exists() {
            let text = std::fs::read_to_string(&path).map_err(io)?;
            let bytes: [u8; 32] = hex::decode(text.trim())
                .ok()
                .and_then(|b| b.try_into().ok())
                .ok_or_else(|| Error::Conflict(format!("Berkas kunci {} rusak; pulihkan dari cadangan.", path.display())))?;
            return Ok(OfficeKey { key: SigningKey::from_bytes(&bytes) });
        }
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).map_err(|e| Error::Conflict(format!("Tidak dapat membuat kunci: {e}")))?;
        write_private(&path, &hex::encode(secret)).map_err(io)?;
        Ok(OfficeKey { key: SigningKey::from_bytes(&secret) })
    }

    /// The key kept beside the database file of `store`.
    pub fn of_store(store: &crate::Store) -> Result<OfficeKey> {
        OfficeKey::load_or_create(&data_dir(store)?)
    }

    pub fn public_key_hex(&self) -> String {
        hex::encode(self.key.verifying_key().to_bytes())
    }

    pub fn fingerprint(&self) -> String {
        fingerprint_of(&self.public_key_hex())
    }

    pub fn seal(&self, bytes: &[u8]) -> Seal {
        Seal { sha256: sha256_hex(bytes), signature: hex::encode(self.key.sign(bytes).to_bytes()), public_key: self.public_key_hex() }
    }
}

/// The folder of the database file: the office's data folder.
fn data_dir(store: &crate::Store) -> Result<PathBuf> {
    store
        .path()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .ok_or_else(|| Error::unavailable("Basis data sementara tidak punya folder data untuk kunci kantor."))
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// On Windows mode bits mean nothing; the key lives in the database's folder, by default
/// `%APPDATA%\giliran`, inside the user's profile, whose ACL (inherited by new files) grants
/// only that user, SYSTEM and the Administrators. Created new, never over another file.
#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// Why a seal does not hold, in words for the clerk; `Ok` when the bytes are what was signed.
pub fn check(seal: &Seal, bytes: &[u8]) -> std::result::Result<(), String> {
    if sha256_hex(bytes) != seal.sha256 {
        return Err("isi berkas tidak sama dengan sidik SHA-256 yang tercatat: berkas telah diubah".into());
    }
    let key: [u8; 32] = hex::decode(&seal.public_key).ok().and_then(|b| b.try_into().ok()).ok_or("kunci publik pada berkas rusak")?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| "kunci publik pada berkas tidak sah")?;
    let sig: [u8; 64] = hex::decode(&seal.signature).ok().and_then(|b| b.try_into().ok()).ok_or("tanda tangan pada berkas rusak")?;
    key.verify(bytes, &Signature::from_bytes(&sig)).map_err(|_| "tanda tangan tidak cocok dengan isi berkas".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seal_holds_for_the_signed_bytes_and_breaks_on_any_change() {
        let dir = tempfile::tempdir().unwrap();
        let key = OfficeKey::load_or_create(dir.path()).unwrap();
        let again = OfficeKey::load_or_create(dir.path()).unwrap();
        assert_eq!(key.public_key_hex(), again.public_key_hex(), "the key is kept");
        assert_eq!(key.fingerprint().len(), 19);
        let seal = key.seal(b"laporan");
        assert_eq!(check(&seal, b"laporan"), Ok(()));
        assert!(check(&seal, b"laporaN").unwrap_err().contains("telah diubah"));
        let forged = Seal { sha256: sha256_hex(b"laporaN"), ..seal.clone() };
        assert!(check(&forged, b"laporaN").unwrap_err().contains("tanda tangan tidak cocok"));
        let other = OfficeKey::load_or_create(tempfile::tempdir().unwrap().path()).unwrap();
        assert_ne!(other.fingerprint(), key.fingerprint());
    }
}
