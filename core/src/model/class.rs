//! Service classes: the three every circular knows, and those an office names for itself.
//!
//! A circular sets its quota per class of unit ("layanan publik", "esensial", "administrasi
//! pemerintahan"), but an office may serve in a way the circulars it follows do not name: a
//! Puskesmas ("Layanan kesehatan"), a school ("Pendidikan"). The office names the class and
//! says which standard class it counts as, so a circular that does not mention it still
//! gives it a rule (docs/domain.md, "Service classes"); a circular may give it its own.

use crate::model::ServiceClass;
use serde::{Deserialize, Serialize};

/// The class a circular's rule or a unit names: a standard class's key (`esensial`) or the
/// key of one of the office's own (`layanan_kesehatan`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClassKey(String);

impl ClassKey {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn standard(&self) -> Option<ServiceClass> {
        ServiceClass::ALL.iter().copied().find(|c| c.as_str() == self.0)
    }

    /// The key made from a name the clerk typed: `Layanan Kesehatan` -> `layanan_kesehatan`.
    pub fn from_name(name: &str) -> ClassKey {
        let mut key = String::new();
        for c in name.trim().chars() {
            if c.is_ascii_alphanumeric() {
                key.push(c.to_ascii_lowercase());
            } else if !key.is_empty() && !key.ends_with('_') {
                key.push('_');
            }
        }
        ClassKey(key.trim_end_matches('_').chars().take(40).collect())
    }

    /// Lower-case letters, digits and `_`, as keys are written in circular files.
    pub fn is_well_formed(&self) -> bool {
        !self.0.is_empty() && self.0.len() <= 40 && self.0.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    }
}

impl From<ServiceClass> for ClassKey {
    fn from(c: ServiceClass) -> ClassKey {
        ClassKey(c.as_str().to_string())
    }
}

impl From<&str> for ClassKey {
    fn from(s: &str) -> ClassKey {
        ClassKey(s.to_string())
    }
}

/// A class the office named for itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeClass {
    pub key: ClassKey,
    /// `Layanan kesehatan`
    pub label: String,
    /// The standard class whose rule applies when a circular gives this class none.
    pub counts_as: ServiceClass,
}

/// Every class an office knows, standard first; what the pick lists, the circular form and
/// the circular's words use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClassBook {
    own: Vec<OfficeClass>,
}

/// One class as the window lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassChoice {
    pub key: ClassKey,
    pub label: String,
    /// The standard class it counts as (itself for a standard class).
    pub counts_as: ServiceClass,
    pub counts_as_label: &'static str,
    /// Named by the office (may be removed while no unit or circular uses it).
    pub own: bool,
}

impl ClassBook {
    pub fn new(own: Vec<OfficeClass>) -> ClassBook {
        ClassBook { own }
    }

    pub fn own(&self) -> &[OfficeClass] {
        &self.own
    }

    pub fn get(&self, key: &ClassKey) -> Option<&OfficeClass> {
        self.own.iter().find(|c| &c.key == key)
    }

    pub fn knows(&self, key: &ClassKey) -> bool {
        key.standard().is_some() || self.get(key).is_some()
    }

    /// `Administrasi pemerintahan`, `Layanan kesehatan`; an unknown key as written.
    pub fn label(&self, key: &ClassKey) -> String {
        match (key.standard(), self.get(key)) {
            (Some(s), _) => s.label().to_string(),
            (None, Some(c)) => c.label.clone(),
            (None, None) => key.as_str().to_string(),
        }
    }

    /// The standard class `key` counts as.
    pub fn counts_as(&self, key: &ClassKey) -> Option<ServiceClass> {
        key.standard().or_else(|| self.get(key).map(|c| c.counts_as))
    }

    /// A class by key or name, in any case.
    pub fn find(&self, s: &str) -> Option<ClassKey> {
        let s = s.trim();
        if let Some(c) = ServiceClass::parse(s) {
            return Some(c.into());
        }
        self.own.iter().find(|c| c.key.as_str().eq_ignore_ascii_case(s) || c.label.eq_ignore_ascii_case(s)).map(|c| c.key.clone())
    }

    /// Every class, standard first, for the pick lists.
    pub fn choices(&self) -> Vec<ClassChoice> {
        let standard = ServiceClass::ALL.iter().map(|c| ClassChoice {
            key: (*c).into(),
            label: c.label().to_string(),
            counts_as: *c,
            counts_as_label: c.label(),
            own: false,
        });
        let own = self.own.iter().map(|c| ClassChoice {
            key: c.key.clone(),
            label: c.label.clone(),
            counts_as: c.counts_as,
            counts_as_label: c.counts_as.label(),
            own: true,
        });
        standard.chain(own).collect()
    }

    /// The names, for messages that list the allowed values.
    pub fn names(&self) -> String {
        self.choices().into_iter().map(|c| c.label).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_class_key_is_made_from_its_name() {
        assert_eq!(ClassKey::from_name("Layanan Kesehatan").as_str(), "layanan_kesehatan");
        assert_eq!(ClassKey::from_name("  Pendidikan (SD/SMP) ").as_str(), "pendidikan_sd_smp");
        assert!(!ClassKey::from_name("—").is_well_formed());
    }

    #[test]
    fn an_office_class_counts_as_the_standard_class_it_names() {
        let book = ClassBook::new(vec![OfficeClass {
            key: "layanan_kesehatan".into(),
            label: "Layanan kesehatan".into(),
            counts_as: ServiceClass::Esensial,
        }]);
        assert_eq!(book.find("layanan KESEHATAN"), Some("layanan_kesehatan".into()));
        assert_eq!(book.find("Administrasi pemerintahan"), Some(ServiceClass::Administrasi.into()));
        assert_eq!(book.counts_as(&"layanan_kesehatan".into()), Some(ServiceClass::Esensial));
        assert_eq!(book.label(&"layanan_kesehatan".into()), "Layanan kesehatan");
        assert_eq!(book.choices().len(), 4);
        assert_eq!(book.find("Pendidikan"), None);
    }
}
