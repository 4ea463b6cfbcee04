//! One read of a period's facts: the need of every unit and working day (the circulars in
//! force, holidays and zones behind it), the staff, the plan and who is away or may not come
//! in. Planning and the Sekda report start from it instead of gathering the same facts by
//! hand, so both see one office.

use crate::model::error::Result;
use crate::model::{Staff, StaffFilter};
use crate::office::circulars::{self, UnitDayNeed};
use crate::office::schedule::{Assignment, Availability, Limit};
use crate::store::Store;
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap};

pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Every unit's working days with their need, in date order.
    pub needs: Vec<UnitDayNeed>,
    /// The days any unit works, in order.
    pub days: Vec<NaiveDate>,
    /// The active staff.
    pub staff: Vec<Staff>,
    /// The planned days, by person and day.
    pub plan: HashMap<(i64, NaiveDate), Assignment>,
    /// The days a person is away or may not come in, with the reason given.
    pub limits: Vec<Availability>,
}

impl Period {
    /// Reads the facts of `from..=to` (already checked dates).
    pub fn read(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Period> {
        let needs = circulars::needs_between(store, from, to)?;
        let days = needs.iter().map(|n| n.date).collect::<BTreeSet<_>>().into_iter().collect();
        let staff = crate::office::staff::list(store, &StaffFilter::default())?;
        let (plan, limits) = store.read(|tx| Ok((tx.assignments_between(from, to)?, tx.availability_between(from, to)?)))?;
        let plan = plan.into_iter().map(|a| ((a.staff_id, a.day), a)).collect();
        Ok(Period { from, to, needs, days, staff, plan, limits })
    }

    /// Per person and day, the limit on where they may be.
    pub fn limit_map(&self) -> HashMap<(i64, NaiveDate), Limit> {
        self.limits.iter().map(|l| ((l.staff_id, l.day), l.limit)).collect()
    }
}
