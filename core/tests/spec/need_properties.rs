//! Properties of the quota arithmetic that must hold for every rule and unit size.

use giliran_core::rules::policy::{governing, need_for, templates, Classes, Rule, Share};
use proptest::prelude::*;

fn share() -> impl Strategy<Value = Share> {
    (1u32..=100, any::<bool>())
        .prop_flat_map(|(den, pct)| (0..=den).prop_map(move |num| if pct { Share::percent(num * 100 / den) } else { Share::new(num, den) }))
}

fn rule() -> impl Strategy<Value = Option<Rule>> {
    prop_oneof![
        Just(None),
        (share(), 0u32..5).prop_map(|(share, min_present)| Some(Rule::WfoMax { share, min_present })),
        share().prop_map(|share| Some(Rule::WfhMax { share })),
        Just(Some(Rule::WfoAll)),
        (0u32..5, proptest::option::of(0u32..8)).prop_map(|(piket_min, piket_max)| Some(Rule::WfhAll {
            piket_min,
            piket_max,
            piket_from: Classes::OFFICIALS
        })),
        proptest::option::of(share()).prop_map(|wfo_share| Some(Rule::KepalaOpd { wfo_share })),
    ]
}

proptest! {
    #[test]
    fn the_need_never_exceeds_the_available_staff(r in rule(), n in 0u32..500, piket in 0u32..500) {
        let need = need_for(r, n, piket.min(n));
        prop_assert!(need.min <= need.max);
        prop_assert!(need.max <= n);
        prop_assert!(need.min <= need.target && need.target <= need.max);
    }

    #[test]
    fn paling_banyak_always_rounds_down(s in share(), n in 0u32..500) {
        let need = need_for(Some(Rule::WfoMax { share: s, min_present: 0 }), n, 0);
        let (num, den) = (u64::from(s.num), u64::from(s.den));
        prop_assert!(u64::from(need.max) * den <= u64::from(n) * num);
        prop_assert!((u64::from(need.max) + 1) * den > u64::from(n) * num);
        let home = need_for(Some(Rule::WfhMax { share: s }), n, 0);
        let at_home = u64::from(n - home.min);
        prop_assert!(at_home * den <= u64::from(n) * num && (at_home + 1) * den > u64::from(n) * num);
    }

    #[test]
    fn a_day_outside_every_circular_needs_everyone_in_the_office(days_after in 0i64..4000, n in 0u32..500) {
        let all = templates::all().into_iter().filter(|c| c.key != "normal").collect::<Vec<_>>();
        // Days before the first circular of the seeds took effect.
        let day = chrono::NaiveDate::from_ymd_opt(2009, 1, 1).unwrap() + chrono::Duration::days(days_after % 3000);
        let gov = governing(&all, day, None);
        prop_assert!(gov.circular.is_none());
        let need = need_for(gov.circular.and_then(|c| c.rule_for(&giliran_core::model::ServiceClass::Administrasi.into())), n, n);
        prop_assert_eq!((need.min, need.max), (n, n));
    }
}
