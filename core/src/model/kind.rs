//! The kinds of employment: the vocabulary the golongan and the identity numbers depend on.

keyed_enum! {
    /// Kind of employment (docs/domain.md: PNS, PPPK, Non-ASN).
    StaffKind {
        /// A CPNS (candidate) holds a NIP and works under the same rules.
        Pns => "pns", "PNS", alias "CPNS", alias "Calon PNS", alias "PNS/CPNS", alias "PNS Daerah", alias "CPNS Daerah", alias "PNS Pusat";
        Pppk => "pppk", "PPPK", alias "P3K", alias "PPPK Paruh Waktu", alias "PPPK Daerah";
        /// The words offices still use for staff outside the ASN.
        NonAsn => "non_asn", "Non-ASN", alias "Non ASN", alias "NonASN", alias "Honorer", alias "Tenaga Honorer", alias "THL",
            alias "Tenaga Kontrak", alias "PTT";
    }
}
