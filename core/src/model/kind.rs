//! The kinds of employment: the vocabulary the golongan and the identity numbers depend on.

use serde::{Deserialize, Serialize};

keyed_enum! {
    /// Kind of employment (docs/domain.md: PNS, PPPK, Non-ASN).
    StaffKind {
        Pns => "pns", "PNS";
        Pppk => "pppk", "PPPK";
        NonAsn => "non_asn", "Non-ASN";
    }
}
