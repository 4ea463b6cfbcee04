//! Specifications of giliran-core, one module per area, in one test binary (one link instead
//! of thirteen: linking is most of the time a test build takes).

mod audit;
mod backup;
mod evaluation;
mod fixture;
mod flexible;
mod importers_fuzz;
mod layers;
mod need_properties;
mod plan_progress;
mod plan_wishes;
mod presence;
mod report;
mod seed_circulars;
mod shifts;
mod staff_import;
mod staff_pages;
