//! Service classes of the office's own: name one ("Layanan kesehatan"), say which standard
//! class it counts as, give units that class, and a circular may give it its own rule.

use crate::model::class::{ClassBook, ClassChoice, ClassKey, OfficeClass};
use crate::model::error::{Error, FieldError, Result};
use crate::model::{fields, ServiceClass};
use crate::store::Store;

/// Every class, standard first, as the pick lists show them.
pub fn list(store: &mut Store) -> Result<Vec<ClassChoice>> {
    Ok(book(store)?.choices())
}

pub fn book(store: &mut Store) -> Result<ClassBook> {
    store.read(|tx| tx.class_book())
}

fn counts_as(s: &str) -> Result<ServiceClass> {
    ServiceClass::parse(s).ok_or_else(|| {
        Error::invalid("counts_as", format!("Pilih kelas baku yang berlaku bila SE tidak menyebut kelas ini: {}.", ServiceClass::choices()))
    })
}

/// Names a new class; its key is made from the name.
pub fn add(store: &mut Store, label: &str, counts: &str) -> Result<OfficeClass> {
    let mut e = Vec::new();
    let label = fields::text(&mut e, "label", "Nama kelas layanan", label, true, 60);
    if !e.is_empty() {
        return Err(Error::Invalid(e));
    }
    let key = ClassKey::from_name(&label);
    if !key.is_well_formed() {
        return Err(Error::invalid("label", format!("Nama kelas \"{label}\" perlu memuat huruf atau angka.")));
    }
    let counts_as = counts_as(counts)?;
    let class = OfficeClass { key, label, counts_as };
    store.write("menambah kelas layanan", |tx| {
        let book = tx.class_book()?;
        if let Some(same) = book.find(&class.label).or_else(|| book.knows(&class.key).then(|| class.key.clone())) {
            return Err(Error::invalid("label", format!("Kelas layanan \"{}\" sudah ada.", book.label(&same))));
        }
        tx.save_office_class(&class)?;
        Ok(class)
    })
}

/// Changes what a class counts as (its units follow), or its name.
pub fn update(store: &mut Store, key: &str, label: &str, counts: &str) -> Result<OfficeClass> {
    let counts_as = counts_as(counts)?;
    let mut e = Vec::new();
    let label = fields::text(&mut e, "label", "Nama kelas layanan", label, true, 60);
    if !e.is_empty() {
        return Err(Error::Invalid(e));
    }
    store.write("mengubah kelas layanan", |tx| {
        let book = tx.class_book()?;
        let key = own_key(&book, key)?;
        if let Some(other) = book.find(&label).filter(|k| k != &key) {
            return Err(Error::invalid("label", format!("Kelas layanan \"{}\" sudah ada.", book.label(&other))));
        }
        let class = OfficeClass { key, label, counts_as };
        tx.save_office_class(&class)?;
        Ok(class)
    })
}

fn own_key(book: &ClassBook, key: &str) -> Result<ClassKey> {
    match book.find(key) {
        Some(k) if k.standard().is_some() => {
            Err(Error::invalid("key", format!("{} adalah kelas baku; yang dapat diubah hanya kelas milik kantor.", book.label(&k))))
        }
        Some(k) => Ok(k),
        None => Err(Error::NotFound(format!("Kelas layanan \"{}\"", key.trim()))),
    }
}

/// Removes a class no unit and no circular uses; otherwise says which do.
pub fn remove(store: &mut Store, key: &str) -> Result<()> {
    store.write("menghapus kelas layanan", |tx| {
        let book = tx.class_book()?;
        let key = own_key(&book, key)?;
        let mut users: Vec<String> = tx.units_of_class(&key)?.into_iter().map(|u| format!("unit {u}")).collect();
        for c in tx.circulars()? {
            if c.circular.classes_named().contains(&&key) {
                users.push(format!("SE {}", c.circular.key));
            }
        }
        if !users.is_empty() {
            return Err(Error::Conflict(format!(
                "Kelas {} masih dipakai oleh {}; ubah dulu kelasnya di sana.",
                book.label(&key),
                users.join(", ")
            )));
        }
        tx.delete_office_class(&key)
    })
}

/// A unit's classes from what the clerk picked: the standard class, and the office's own.
pub(crate) fn resolve(book: &ClassBook, s: &str) -> std::result::Result<(ServiceClass, Option<ClassKey>), FieldError> {
    let key = book.find(s).ok_or_else(|| {
        let message = match s.trim() {
            "" => format!("Kelas layanan wajib dipilih: {}.", book.names()),
            s => format!("Kelas layanan \"{s}\" tidak dikenal; pilih salah satu: {}.", book.names()),
        };
        FieldError::new("service_class", message)
    })?;
    match (key.standard(), book.counts_as(&key)) {
        (Some(c), _) => Ok((c, None)),
        (None, Some(c)) => Ok((c, Some(key))),
        (None, None) => Err(FieldError::new("service_class", format!("Kelas layanan \"{}\" tidak dikenal.", s.trim()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::UnitInput;

    /// Issue 17, point 5: "an office must be able to name its own (e.g. "Layanan
    /// kesehatan", "Pendidikan") and give each its rule".
    #[test]
    fn an_office_names_a_class_gives_it_a_unit_and_cannot_remove_it_while_used() {
        let mut s = Store::open_in_memory().unwrap();
        let c = add(&mut s, "Layanan kesehatan", "esensial").unwrap();
        assert_eq!(c.key.as_str(), "layanan_kesehatan");
        let Err(Error::Invalid(f)) = add(&mut s, "layanan KESEHATAN", "esensial") else { panic!() };
        assert!(f[0].message.contains("sudah ada"), "{f:?}");
        assert!(add(&mut s, "Esensial", "esensial").is_err(), "a standard name");
        let u = crate::office::units::add(
            &mut s,
            &UnitInput { name: "Puskesmas".into(), service_class: "Layanan kesehatan".into(), ..Default::default() },
        )
        .unwrap();
        assert_eq!((u.service_class, u.office_class.clone()), (ServiceClass::Esensial, Some(c.key.clone())));
        update(&mut s, "layanan_kesehatan", "Layanan kesehatan", "layanan_publik").unwrap();
        let u = crate::office::units::find(&mut s, "Puskesmas").unwrap();
        assert_eq!(u.service_class, ServiceClass::LayananPublik, "the unit follows what its class counts as");
        let err = remove(&mut s, "layanan_kesehatan").unwrap_err();
        assert!(err.to_string().contains("unit Puskesmas"), "{err}");
        assert!(remove(&mut s, "esensial").is_err());
        crate::office::units::set_class(&mut s, u.id, "esensial").unwrap();
        remove(&mut s, "Layanan kesehatan").unwrap();
        assert_eq!(list(&mut s).unwrap().len(), 3);
    }
}
