//! Files in and out: spreadsheets and attendance-machine exports read ([`sheet`], [`staff_io`],
//! [`attendance`]), and the report, the staff list and the weekly schedule written as .xlsx,
//! .pdf and .csv ([`report`], [`print`], [`pdf`]), always whole ([`file`]).

pub mod attendance;
pub(crate) mod file;
pub mod fwa_form;
pub mod holiday_list;
pub mod pdf;
pub mod print;
pub mod report;
pub(crate) mod sheet;
pub mod staff_io;
pub(crate) mod xlsx_rows;
