//! Tables read from the files offices exchange: CSV (comma, semicolon or tab, as Excel in an
//! Indonesian locale writes it; UTF-8, UTF-16 or the Windows-1252 of older Excel), .xlsx, .xls
//! and .ods. Every importer reads through here, so a broken file gets the same clear message
//! whichever screen it was chosen from.
//!
//! Cells keep what the spreadsheet stored: a number stays a number, so that an importer can
//! refuse an ID the spreadsheet turned into a number (and rounded) instead of taking the
//! rounded digits as an ID; a date without a time stays a date, so that it is never taken for
//! a punch at midnight.

use crate::model::error::{Error, Result};
use calamine::{open_workbook_auto, Data, DataType, Reader};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use std::path::Path;

/// A table read from a file: header texts and rows of cells (with the file's row numbers).
pub(crate) struct Table {
    pub headers: Vec<String>,
    /// Rows below the header with the file's row numbers (counting from 1, as the clerk sees
    /// them). Hidden rows and a column-numbering row are not among them.
    pub rows: Vec<(usize, Vec<Cell>)>,
    /// The sheet read (none for CSV), and the hidden sheets passed over to reach it.
    pub sheet: Option<String>,
    pub hidden_sheets: Vec<String>,
    /// The other visible sheets of the workbook, for the clerk to choose another.
    pub other_sheets: Vec<String>,
    /// Rows below the header that the workbook hides (an AutoFilter, or hidden by hand):
    /// left out, and said so.
    pub hidden_rows: Vec<usize>,
    /// A row under the header numbering the columns (`1 2 3 4 …`), left out.
    pub numbering_row: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Text(String),
    /// A number as the spreadsheet stored it (only 15 significant digits survive).
    Number(f64),
    Date(NaiveDate),
    Time(NaiveTime),
    DateTime(NaiveDateTime),
}

/// Above this a number cell has lost digits: spreadsheets keep 15 significant digits.
const EXACT_DIGITS: f64 = 1e15;

/// `t` as the clerk reads it: no-break spaces as spaces, invisible characters (zero-width
/// spaces and joiners, a stray byte-order mark, soft hyphens) removed, trimmed; and the
/// apostrophe that old SIMPEG exports put before a number to keep it text dropped.
pub(crate) fn clean(t: &str) -> String {
    let t: String = t
        .chars()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'))
        .map(|c| if matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}') { ' ' } else { c })
        .collect();
    let t = t.trim();
    match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit() || c == '+') => rest.trim().to_string(),
        _ => t.to_string(),
    }
}

impl Cell {
    /// The cell as text, as the clerk sees it in the sheet.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => clean(t),
            Cell::Number(f) if f.fract() == 0.0 && f.abs() < EXACT_DIGITS => format!("{}", *f as i64),
            Cell::Number(f) => format!("{f}"),
            Cell::Date(d) => d.format("%d-%m-%Y").to_string(),
            Cell::Time(t) => t.format("%H:%M:%S").to_string(),
            Cell::DateTime(d) => d.format("%d-%m-%Y %H:%M:%S").to_string(),
        }
    }

    /// The cell as an identifying number (NIP, NIK, machine ID): its text, or why it cannot
    /// be trusted. A long number stored as a number, or written in scientific notation, has
    /// been rounded by the spreadsheet: the real digits are gone and must be typed again.
    pub fn id_text(&self) -> std::result::Result<String, String> {
        let shown = self.text();
        let rounded = match self {
            Cell::Number(f) => f.fract() != 0.0 || f.abs() >= EXACT_DIGITS,
            Cell::Text(t) => is_scientific(t),
            _ => true,
        };
        if rounded {
            return Err(format!(
                "nomor \"{shown}\" tersimpan sebagai angka oleh aplikasi lembar kerja, sehingga digit terakhirnya \
                 hilang. Format kolom itu sebagai Teks, lalu ketik ulang nomornya."
            ));
        }
        Ok(shown.chars().filter(|c| !c.is_whitespace()).collect())
    }
}

/// `1.98503E+17`, `1,98503122010012E+17`: how a spreadsheet shows a long number.
fn is_scientific(t: &str) -> bool {
    let t = t.trim().to_ascii_uppercase();
    let Some((mantissa, exp)) = t.split_once('E') else { return false };
    let exp = exp.strip_prefix('+').unwrap_or(exp);
    !mantissa.is_empty()
        && mantissa.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && mantissa.chars().any(|c| c.is_ascii_digit())
        && !exp.is_empty()
        && exp.chars().all(|c| c.is_ascii_digit())
}

impl Table {
    /// The cell under `column` (a header index) of a row as text; empty when the row is short.
    pub fn cell(row: &[Cell], column: Option<usize>) -> String {
        column.and_then(|c| row.get(c)).map(Cell::text).unwrap_or_default()
    }

    /// The index of the column whose header is `name` (any case).
    pub fn column(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        (!name.is_empty()).then(|| self.headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name))).flatten()
    }
}

/// Which row holds the headers.
#[derive(Clone, Copy)]
pub(crate) enum HeaderRow<'a> {
    /// The first row (of the first 30) in which at least two cells are column names the
    /// importer knows; the first non-empty row when none is.
    Find(&'a dyn Fn(&str) -> bool),
    /// The row the clerk chose (counting from 1).
    At(usize),
    /// No header at all (a machine's raw log, e.g. ZKTeco's `attlog.dat`): every row is data,
    /// the columns are named "Kolom 1", "Kolom 2", ….
    None,
}

fn broken(path: &Path, why: impl std::fmt::Display) -> Error {
    Error::invalid("file", format!("Berkas {} tidak dapat dibaca: {why}", path.display()))
}

/// Why a workbook could not be opened, in the clerk's words (calamine's own text, "Zip error:
/// invalid Zip archive", is not theirs).
fn workbook_reason(e: &calamine::Error) -> String {
    use calamine::Error as E;
    match e {
        E::Io(io) => crate::model::error::io_reason(io),
        E::Xlsx(calamine::XlsxError::Zip(_)) | E::Ods(calamine::OdsError::Zip(_)) => {
            "isinya bukan lembar kerja yang utuh (rusak, terpotong, atau berkas lain yang diberi akhiran ini)".into()
        }
        E::Xlsx(calamine::XlsxError::Password) | E::Xls(calamine::XlsError::Password) => {
            "berkas ini dilindungi kata sandi; buka dan simpan tanpa kata sandi dulu".into()
        }
        E::Xls(_) => "berkas .xls ini tidak terbaca; buka di Excel atau LibreOffice lalu simpan sebagai .xlsx".into(),
        _ => "isinya tidak dapat dibaca sebagai lembar kerja; buka di Excel atau LibreOffice lalu simpan lagi sebagai .xlsx".into(),
    }
}

fn is_sheet_file(path: &Path) -> Option<bool> {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase().as_str() {
        "csv" | "txt" | "dat" => Some(false),
        "xlsx" | "xlsm" | "xls" | "ods" => Some(true),
        _ => None,
    }
}

/// The first sheet of a workbook, or the CSV file.
pub(crate) fn read_first(path: &Path, header: HeaderRow) -> Result<Table> {
    read(path, None, header)?.ok_or_else(|| broken(path, "tidak ada lembar kerja"))
}

/// The sheet named `sheet` (any case) of a workbook; `None` when there is no such sheet. A CSV
/// file is its own single sheet.
pub(crate) fn read_sheet(path: &Path, sheet: &str, header: HeaderRow) -> Result<Option<Table>> {
    read(path, Some(sheet), header)
}

/// Text of a CSV file in whatever encoding Excel or LibreOffice wrote it: UTF-8 (with or
/// without its byte-order mark), UTF-16 with a byte-order mark ("Unicode text"), else
/// Windows-1252 (Excel's "CSV" on an Indonesian Windows). Never a replacement character.
pub(crate) fn decode_text(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

fn cell_of(c: &Data) -> Cell {
    match c {
        Data::DateTime(d) if d.is_duration() => c.as_time().map(Cell::Time).unwrap_or_else(|| Cell::Text(c.to_string())),
        Data::DateTime(d) => {
            let v = d.as_f64();
            match d.as_datetime() {
                // A value below one day is a time of day only; a whole number of days is a date.
                Some(dt) if v < 1.0 => Cell::Time(dt.time()),
                Some(dt) if v.fract() == 0.0 => Cell::Date(dt.date()),
                Some(dt) => Cell::DateTime(dt),
                None => Cell::Text(c.to_string()),
            }
        }
        Data::DateTimeIso(s) => match (c.as_datetime(), s.contains('T')) {
            (Some(dt), true) if dt.num_seconds_from_midnight() > 0 => Cell::DateTime(dt),
            (Some(dt), _) => Cell::Date(dt.date()),
            (None, _) => c.as_date().map(Cell::Date).or_else(|| c.as_time().map(Cell::Time)).unwrap_or_else(|| Cell::Text(s.clone())),
        },
        Data::DurationIso(s) => c.as_time().map(Cell::Time).unwrap_or_else(|| Cell::Text(s.clone())),
        Data::Float(f) => Cell::Number(*f),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Empty => Cell::Text(String::new()),
        other => Cell::Text(other.to_string()),
    }
}

/// What a workbook says about its sheets, and the rows it hides in the one read.
#[derive(Default)]
struct Source {
    sheet: Option<String>,
    hidden_sheets: Vec<String>,
    other_sheets: Vec<String>,
}

/// Called with each row of the file as it is read: its number (counting from 1, as the clerk
/// sees it), its cells, and whether the workbook hides it; returns `false` to stop reading.
type EachRow<'a> = dyn FnMut(usize, Vec<Cell>, bool) -> Result<bool> + 'a;

/// The rows of `path` (the sheet named `sheet`, or the first visible one), one at a time:
/// memory stays that of a row, whatever the file's size. `None` when there is no such sheet.
fn rows_of(path: &Path, sheet: Option<&str>, each: &mut EachRow) -> Result<Option<Source>> {
    match is_sheet_file(path) {
        Some(false) => csv_rows(path, each).map(|()| Some(Source::default())),
        Some(true) => {
            let mut wb = open_workbook_auto(path).map_err(|e| broken(path, workbook_reason(&e)))?;
            // The clerk means a sheet they can see: an old list or last month's punches hidden
            // in front of it is passed over, and named.
            let visible: Vec<String> =
                wb.sheets_metadata().iter().filter(|s| s.visible == calamine::SheetVisible::Visible).map(|s| s.name.clone()).collect();
            let hidden_sheets: Vec<String> =
                wb.sheets_metadata().iter().filter(|s| s.visible != calamine::SheetVisible::Visible).map(|s| s.name.clone()).collect();
            let chosen = match sheet {
                None => visible.first().cloned(),
                Some(s) => visible.iter().find(|n| n.eq_ignore_ascii_case(s)).cloned(),
            };
            let Some(chosen) = chosen else {
                if sheet.is_none() && !hidden_sheets.is_empty() {
                    return Err(broken(
                        path,
                        format!("semua lembarnya tersembunyi ({}); tampilkan lembar yang dimaksud", hidden_sheets.join(", ")),
                    ));
                }
                return Ok(None);
            };
            let mut hidden = std::collections::BTreeSet::new();
            if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm")) {
                hidden = crate::files::xlsx_rows::hidden_rows(path, &chosen).map_err(|e| broken(path, e))?;
            }
            let other_sheets = visible.iter().filter(|n| **n != chosen).cloned().collect();
            if let calamine::Sheets::Xlsx(x) = &mut wb {
                // Cell by cell from the sheet's XML: a million punches never sit in memory.
                let mut cells = x.worksheet_cells_reader(&chosen).map_err(|e| broken(path, workbook_reason(&e.into())))?;
                let mut row: Vec<Cell> = Vec::new();
                let mut at: Option<u32> = None;
                loop {
                    let next = cells.next_cell().map_err(|e| broken(path, workbook_reason(&e.into())))?;
                    let pos = next.as_ref().map(|c| c.get_position());
                    if let Some(r) = at.filter(|r| pos.is_none_or(|(p, _)| p != *r)) {
                        let n = r as usize + 1;
                        if !each(n, std::mem::take(&mut row), hidden.contains(&n))? {
                            break;
                        }
                    }
                    let Some(c) = next else { break };
                    let (r, col) = c.get_position();
                    at = Some(r);
                    row.resize_with((col as usize).max(row.len()), || Cell::Text(String::new()));
                    row.push(cell_of(&Data::from(c.get_value().clone())));
                }
            } else {
                let range = wb.worksheet_range(&chosen).map_err(|e| broken(path, workbook_reason(&e)))?;
                // The range starts at its first used cell; row numbers stay the file's own.
                let (first_row, first_col) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
                for (i, cells) in range.rows().enumerate() {
                    let mut row: Vec<Cell> = std::iter::repeat_with(|| Cell::Text(String::new())).take(first_col).collect();
                    row.extend(cells.iter().map(cell_of));
                    if !each(first_row + i + 1, row, false)? {
                        break;
                    }
                }
            }
            Ok(Some(Source { sheet: Some(chosen), hidden_sheets, other_sheets }))
        }
        None => Err(Error::invalid(
            "file",
            format!("Berkas {}: gunakan .csv, .xlsx, .xls, .ods (atau .dat/.txt dari mesin presensi).", path.display()),
        )),
    }
}

/// Where the line breaks of a CSV file are, as far as the reader has read: enough to give each
/// record the line it starts on (the CSV reader counts a record after blank lines from the
/// first blank one), kept only ahead of the current record.
#[derive(Default)]
struct Breaks {
    /// Offsets of `\r` and `\n` bytes (true for `\n`) not yet passed.
    ahead: std::collections::VecDeque<(u64, bool)>,
    passed: usize,
    read: u64,
}

impl Breaks {
    /// The line (counting from 1) of the record the reader placed at byte `at`.
    fn line_of(&mut self, at: u64) -> usize {
        while self.ahead.front().is_some_and(|(o, _)| *o < at) {
            if self.ahead.pop_front().is_some_and(|(_, lf)| lf) {
                self.passed += 1;
            }
        }
        let (mut start, mut blank) = (at, 0);
        for (o, lf) in &self.ahead {
            if *o != start {
                break;
            }
            start += 1;
            blank += usize::from(*lf);
        }
        1 + self.passed + blank
    }
}

/// A reader that notes the line breaks of what passes through it.
struct Noting<R> {
    inner: R,
    breaks: std::rc::Rc<std::cell::RefCell<Breaks>>,
}

impl<R: std::io::Read> std::io::Read for Noting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut b = self.breaks.borrow_mut();
        let base = b.read;
        b.ahead
            .extend(buf[..n].iter().enumerate().filter(|(_, c)| matches!(c, b'\n' | b'\r')).map(|(i, c)| (base + i as u64, *c == b'\n')));
        b.read += n as u64;
        Ok(n)
    }
}

/// The records of a CSV file, streamed. The delimiter is found from the file's start; each
/// field is UTF-8, else Windows-1252 (older Excel); a UTF-16 file ("Unicode text", rare and
/// small) is decoded whole first.
fn csv_rows(path: &Path, each: &mut EachRow) -> Result<()> {
    use std::io::Read;
    let io = |e: std::io::Error| broken(path, crate::model::error::io_reason(&e));
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut start = vec![0u8; 64 * 1024];
    let mut got = 0;
    while got < start.len() {
        match file.read(&mut start[got..]).map_err(io)? {
            0 => break,
            n => got += n,
        }
    }
    start.truncate(got);
    let utf16 = matches!(encoding_rs::Encoding::for_bom(&start), Some((enc, _)) if enc != encoding_rs::UTF_8);
    let source: Box<dyn Read> = if utf16 {
        let mut rest = Vec::new();
        file.read_to_end(&mut rest).map_err(io)?;
        start.extend(rest);
        Box::new(std::io::Cursor::new(decode_text(&start).into_bytes()))
    } else {
        let skip = if start.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
        let head = std::io::Cursor::new(start[skip..].to_vec());
        Box::new(head.chain(std::io::BufReader::with_capacity(256 * 1024, file)))
    };
    // The delimiter from the first lines, decoded as the fields will be.
    let delimiter = delimiter_of(&decode_text(&start));
    let breaks = std::rc::Rc::new(std::cell::RefCell::new(Breaks::default()));
    let noting = Noting { inner: source, breaks: breaks.clone() };
    let mut rd = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(noting);
    let mut rec = csv::ByteRecord::new();
    loop {
        match rd.read_byte_record(&mut rec) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(_) => return Err(broken(path, "isinya bukan teks CSV yang dapat dibaca")),
        }
        let line = rec.position().map_or(1, |p| breaks.borrow_mut().line_of(p.byte()));
        let cells = rec
            .iter()
            .map(|f| match std::str::from_utf8(f) {
                Ok(t) => Cell::Text(t.to_string()),
                Err(_) => Cell::Text(encoding_rs::WINDOWS_1252.decode_without_bom_handling(f).0.into_owned()),
            })
            .collect();
        if !each(line, cells, false)? {
            return Ok(());
        }
    }
}

/// What is known of a sheet before its data: its header and what was left out, and the first
/// data rows (for a mapping found from the cells, and for the preview).
pub(crate) struct Head {
    pub headers: Vec<String>,
    /// The header's row number in the file (counting from 1; 0 for a file without one).
    pub header_row: usize,
    /// The first non-empty rows of the file as text (`row number`, cells joined), so that the
    /// clerk can point at the header row when it was not found.
    pub top: Vec<(usize, String)>,
    pub sheet: Option<String>,
    pub hidden_sheets: Vec<String>,
    pub other_sheets: Vec<String>,
    pub hidden_rows: Vec<usize>,
    pub numbering_row: Option<usize>,
}

/// Rows with their numbers in the file.
type Rows = Vec<(usize, Vec<Cell>)>;

/// Rows looked at to find the header row.
const HEADER_WITHIN: usize = 30;

/// Reads `path` row by row: finds the header (from the first rows), then hands each data row
/// (hidden rows and a column-numbering row left out) to `on_row`, which returns `false` to stop.
/// `None` when the sheet named `sheet` does not exist.
pub(crate) fn stream(
    path: &Path,
    sheet: Option<&str>,
    header: HeaderRow,
    on_row: &mut dyn FnMut(usize, Vec<Cell>) -> Result<bool>,
) -> Result<Option<Head>> {
    let texts = |r: &[Cell]| r.iter().map(Cell::text).collect::<Vec<_>>();
    let mut early: Rows = Vec::new();
    let mut head: Option<Head> = None;
    let mut hidden_rows = Vec::new();
    let mut first_data = true;
    let mut numbering_row = None;
    // A data row: hidden ones noted, a numbering row under the header left out.
    let mut data = |n: usize, row: Vec<Cell>, headed: bool, hidden: bool| -> Result<bool> {
        if hidden {
            hidden_rows.push(n);
            return Ok(true);
        }
        if std::mem::take(&mut first_data) && headed && is_numbering(&row) {
            numbering_row = Some(n);
            return Ok(true);
        }
        on_row(n, row)
    };
    let decide = |early: &mut Rows| -> Result<(Head, Rows)> {
        if early.is_empty() {
            return Err(Error::invalid("file", format!("Berkas {} kosong.", path.display())));
        }
        let top = early
            .iter()
            .take(12)
            .map(|(n, r)| (*n, texts(r).into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" | ")))
            .collect();
        let at = match header {
            HeaderRow::None => None,
            HeaderRow::At(n) => Some(
                early
                    .iter()
                    .position(|(row, _)| *row == n)
                    .ok_or_else(|| Error::invalid("header_row", format!("Baris judul kolom {n} kosong atau tidak ada di berkas.")))?,
            ),
            HeaderRow::Find(known) => {
                Some(early.iter().take(HEADER_WITHIN).position(|(_, r)| texts(r).iter().filter(|c| known(c)).count() >= 2).unwrap_or(0))
            }
        };
        let mut rows = std::mem::take(early);
        let (header_row, headers) = match at {
            Some(at) => {
                let (n, h) = rows.remove(at);
                rows.drain(..at);
                (n, texts(&h))
            }
            None => (0, Vec::new()),
        };
        let head = Head {
            headers,
            header_row,
            top,
            sheet: None,
            hidden_sheets: Vec::new(),
            other_sheets: Vec::new(),
            hidden_rows: Vec::new(),
            numbering_row: None,
        };
        Ok((head, rows))
    };
    let wait_for = match header {
        HeaderRow::At(n) => n.max(1),
        _ => 0,
    };
    let mut widest = 0;
    let mut early_hidden = std::collections::BTreeSet::new();
    let source = rows_of(path, sheet, &mut |n, row, is_hidden| {
        if !row.iter().any(|c| !c.text().is_empty()) {
            return Ok(true);
        }
        widest = widest.max(row.len());
        if head.is_none() {
            if is_hidden {
                early_hidden.insert(n);
            }
            early.push((n, row));
            // Enough rows to find the header (or past the row the clerk chose).
            let enough = match header {
                HeaderRow::At(_) => n >= wait_for,
                _ => early.len() >= HEADER_WITHIN,
            };
            if !enough {
                return Ok(true);
            }
            let (h, rest) = decide(&mut early)?;
            let headed = h.header_row > 0;
            head = Some(h);
            for (n, row) in rest {
                if !data(n, row, headed, early_hidden.contains(&n))? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let headed = head.as_ref().is_some_and(|h| h.header_row > 0);
        data(n, row, headed, is_hidden)
    });
    let Some(source) = source? else { return Ok(None) };
    let mut head = match head {
        Some(h) => h,
        None => {
            let (h, rest) = decide(&mut early)?;
            let headed = h.header_row > 0;
            for (n, row) in rest {
                if !data(n, row, headed, early_hidden.contains(&n))? {
                    break;
                }
            }
            h
        }
    };
    if head.header_row == 0 {
        head.headers = (1..=widest).map(|i| format!("Kolom {i}")).collect();
    }
    head.sheet = source.sheet;
    head.hidden_sheets = source.hidden_sheets;
    head.other_sheets = source.other_sheets;
    head.hidden_rows = hidden_rows;
    head.numbering_row = numbering_row;
    Ok(Some(head))
}

fn read(path: &Path, sheet: Option<&str>, header: HeaderRow) -> Result<Option<Table>> {
    let mut rows = Vec::new();
    let Some(h) = stream(path, sheet, header, &mut |n, row| {
        rows.push((n, row));
        Ok(true)
    })?
    else {
        return Ok(None);
    };
    Ok(Some(Table {
        headers: h.headers,
        rows,
        sheet: h.sheet,
        hidden_sheets: h.hidden_sheets,
        other_sheets: h.other_sheets,
        hidden_rows: h.hidden_rows,
        numbering_row: h.numbering_row,
    }))
}

/// The delimiter of a CSV text: the one that splits the most of the first lines into the same
/// number of fields (a title line above the header has none; a name with its titles,
/// "Dr. Siti Aminah, S.E., M.Si.", adds commas to some rows only). Quoted text is not counted.
pub(crate) fn delimiter_of(text: &str) -> u8 {
    let count = |line: &str, d: char| {
        let mut quoted = false;
        line.chars()
            .filter(|c| {
                if *c == '"' {
                    quoted = !quoted;
                }
                !quoted && *c == d
            })
            .count()
    };
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(30).collect();
    [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| {
            let mut counts: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
            for l in &lines {
                let n = count(l, *d as char);
                if n > 0 {
                    *counts.entry(n).or_default() += 1;
                }
            }
            // Most lines agreeing, then the most fields.
            counts.into_iter().map(|(n, lines)| (lines, n)).max().unwrap_or((0, 0))
        })
        .unwrap_or(b',')
}

/// `1 2 3 4 …` (or `(1) (2) (3)`): a row numbering the columns.
fn is_numbering(row: &[Cell]) -> bool {
    let values: Vec<String> = row.iter().map(Cell::text).filter(|t| !t.is_empty()).collect();
    values.len() >= 3
        && values.iter().enumerate().all(|(i, v)| v.trim_matches(|c| c == '(' || c == ')').parse::<usize>().ok() == Some(i + 1))
}

impl Table {
    /// What was left out of the file, in the clerk's words, for the preview.
    pub fn notes(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let (Some(s), false) = (&self.sheet, self.hidden_sheets.is_empty()) {
            out.push(format!("Dibaca lembar \"{s}\"; lembar tersembunyi dilewati: {}.", self.hidden_sheets.join(", ")));
        }
        if !self.hidden_rows.is_empty() {
            out.push(format!(
                "{} baris tersembunyi (disaring atau disembunyikan) tidak diimpor: baris {}.",
                self.hidden_rows.len(),
                spans(&self.hidden_rows)
            ));
        }
        if let Some(n) = self.numbering_row {
            out.push(format!("Baris {n} berisi nomor kolom (1, 2, 3, …), bukan data; dilewati."));
        }
        out
    }
}

/// `3, 5–9, 12`
fn spans(rows: &[usize]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let mut j = i;
        while j + 1 < rows.len() && rows[j + 1] == rows[j] + 1 {
            j += 1;
        }
        out.push(if i == j { rows[i].to_string() } else { format!("{}–{}", rows[i], rows[j]) });
        i = j + 1;
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_is_not_utf8_is_read_as_windows_1252() {
        // "Sékar ’Ani" as Excel on Windows writes it.
        assert_eq!(decode_text(b"S\xe9kar \x92Ani"), "Sékar ’Ani");
        assert_eq!(decode_text("Sékar".as_bytes()), "Sékar");
        assert_eq!(decode_text(b"\xef\xbb\xbfNIP"), "NIP");
        assert_eq!(decode_text(b"\xff\xfeN\x00I\x00P\x00"), "NIP");
    }

    #[test]
    fn streamed_csv_rows_keep_the_files_line_numbers_across_blank_lines_and_quoted_breaks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.csv");
        std::fs::write(&path, b"h1;h2\na;1\n\n\nb;2\r\n\r\nc;3\n\"x\ny\";4\nd;\xe92\n").unwrap();
        let mut seen = Vec::new();
        csv_rows(&path, &mut |n, cells, _| {
            seen.push((n, cells[0].text(), cells[1].text()));
            Ok(true)
        })
        .unwrap();
        let lines: Vec<usize> = seen.iter().map(|s| s.0).collect();
        assert_eq!(lines, [1, 2, 5, 7, 8, 10]);
        assert_eq!(seen[4].1, "x\ny");
        assert_eq!(seen[5].2, "é2", "a Windows-1252 byte is read as such");
    }

    #[test]
    fn the_delimiter_is_the_one_most_lines_agree_on() {
        assert_eq!(delimiter_of("NIP;Nama;Telepon\n1;Dr. Siti Aminah, S.E., M.Si.;0812\n2;Budi, S.H.;0813\n"), b';');
        assert_eq!(delimiter_of("LAPORAN\nNIP,Nama,Telepon\n1,\"Siti, S.E.; M.Si.\",0812\n2,Budi,0813\n"), b',');
        assert_eq!(delimiter_of("a\tb\tc\n1\t2\t3\n"), b'\t');
    }

    #[test]
    fn invisible_characters_and_a_leading_apostrophe_are_not_part_of_a_value() {
        assert_eq!(clean("Sri\u{00a0}Wahyuni\u{200b} "), "Sri Wahyuni");
        assert_eq!(clean("'198503122010011003"), "198503122010011003");
        assert_eq!(clean("'s Gravenhage"), "'s Gravenhage");
    }

    #[test]
    fn long_numbers_and_scientific_notation_are_not_ids() {
        assert!(Cell::Number(198503122010012000.0).id_text().is_err());
        assert!(Cell::Number(6472012345678900.0).id_text().is_err());
        assert!(Cell::Text("1,98503E+17".into()).id_text().is_err());
        assert!(Cell::Text("6.4720123456789E+15".into()).id_text().is_err());
        assert_eq!(Cell::Number(57.0).id_text().unwrap(), "57");
        assert_eq!(Cell::Text("19850312 201001 2 003".into()).id_text().unwrap(), "198503122010012003");
        assert_eq!(Cell::Text("E12".into()).id_text().unwrap(), "E12");
    }
}
