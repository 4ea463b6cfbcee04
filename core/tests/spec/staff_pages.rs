//! The staff list a page at a time, as the Pegawai screen and the person pickers ask for it.

use crate::fixture::Fixture;
use giliran_core::model::{StaffFilter, StaffKind};
use giliran_core::office::staff;

/// The pickers of flexible work and discipline offer only ASN: Non-ASN are neither in
/// PermenPANRB 4/2025 nor under PP 94/2021. The page says its size, so the window steps by
/// core's number.
#[test]
fn a_person_picker_finds_asn_by_name_or_nip_a_few_at_a_time() {
    let mut f = Fixture::demo();
    let all = staff::list(f.store_mut(), &StaffFilter::default()).unwrap();
    let non_asn = all.iter().filter(|p| p.kind == StaffKind::NonAsn).count();
    assert!(non_asn > 0, "the demo office has Non-ASN");

    let asn = staff::page(f.store_mut(), &StaffFilter { asn_only: true, limit: Some(5), ..Default::default() }).unwrap();
    assert_eq!(asn.total as usize, all.len() - non_asn);
    assert_eq!((asn.rows.len(), asn.limit), (5, 5));
    assert!(asn.rows.iter().all(|p| p.kind != StaffKind::NonAsn));

    let someone = all.iter().find(|p| p.kind == StaffKind::Pns).unwrap();
    let by_nip =
        staff::page(f.store_mut(), &StaffFilter { search: someone.id_display.clone(), asn_only: true, ..Default::default() }).unwrap();
    assert_eq!(by_nip.rows.iter().map(|p| p.id).collect::<Vec<_>>(), [someone.id], "the NIP as printed, with its spaces");

    let honorer = all.iter().find(|p| p.kind == StaffKind::NonAsn).unwrap();
    let search = honorer.name.clone();
    let none = staff::page(f.store_mut(), &StaffFilter { search: search.clone(), asn_only: true, ..Default::default() }).unwrap();
    assert!(none.rows.iter().all(|p| p.id != honorer.id));
    let anyone = staff::page(f.store_mut(), &StaffFilter { search, ..Default::default() }).unwrap();
    assert!(anyone.rows.iter().any(|p| p.id == honorer.id));
    assert_eq!(anyone.limit, staff::PAGE, "the default page");
}
