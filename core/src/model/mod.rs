//! The records an office keeps: its profile, its units and teams, its staff.
//!
//! Enums carry their stored key (`as_str`/`parse`) and their Indonesian label in one place so
//! the store, the CLI and the UI never spell them differently.

/// Declares a closed list of values with a stable key and an Indonesian label: the one place
/// each key is spelled. The store, the CLI and the files use the key; the window gets key and
/// label from [`choices`]. A value may accept other spellings on input (`alias "WFO"`).
macro_rules! keyed_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident => $key:literal, $label:literal $(, alias $alias:literal)*;)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $key)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The key stored in the database and used on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $key,)+ }
            }

            /// The Indonesian name shown to the clerk.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// Accepts the key, the label or an alias, in any case.
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| {
                    let aliases: &[&str] = match v { $($name::$variant => &[$($alias),*],)+ };
                    v.as_str().eq_ignore_ascii_case(s) || v.label().eq_ignore_ascii_case(s) || aliases.iter().any(|a| a.eq_ignore_ascii_case(s))
                })
            }

            /// The keys, for messages that list the allowed values.
            pub fn choices() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }

            /// Key and label of every value, for the window's pick lists and legends.
            pub fn pick_list() -> Vec<$crate::model::Choice> {
                Self::ALL.iter().map(|v| $crate::model::Choice { key: v.as_str(), label: v.label().to_string() }).collect()
            }
        }
    };
}

pub mod audit;
pub mod backup;
pub mod calendar;
mod choices;
pub mod circular;
pub mod class;
pub mod clock;
pub mod dates;
pub mod error;
pub mod evaluation;
pub(crate) mod fields;
pub mod fwa;
pub mod golongan;
pub mod hours;
mod kind;
pub mod nip;
pub mod outage;
pub mod presence;
mod profile;
pub mod progress;
pub mod schedule;
pub mod shift;
mod staff;
pub mod targets;
mod unit;
mod zone;

pub use choices::{choices, Choice, Choices, DATA_KINDS};
pub use circular::{CircularDetail, StoredCircular};
pub use dates::Hari;
pub use kind::StaffKind;
pub use profile::{GovLevel, Letterhead, Office};
pub use staff::{JabatanClass, Staff, StaffFilter, StaffInput, StaffRecord};
pub use unit::{ServiceClass, Unit, UnitInput, UnitUsage};
pub use zone::{PsbbPeriod, Zone, ZoneFrom};
